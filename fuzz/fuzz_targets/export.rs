//! Every export format takes any incident the records can hold without panicking (dates
//! of any text, coordinates out of range, unknown actors, countries and event types), and
//! the CSV formats keep one row per record with every codebook column.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_export::{export, Format, Options, Records};
use rasid_records::IncidentRecord;

fuzz_target!(|data: &[u8]| {
    let Ok(incident) = serde_json::from_slice::<IncidentRecord>(data) else {
        return;
    };
    let incidents = [incident];
    let records = Records {
        documents: &[],
        claims: &[],
        incidents: &incidents,
    };
    for format in [Format::Acled, Format::Ucdp, Format::Geojson, Format::Jsonl, Format::Csv] {
        let mut out = Vec::new();
        let summary = export(format, records, Options::default(), &mut out).expect("writes to memory");
        let columns = match format {
            Format::Acled => rasid_export::ACLED_COLUMNS.len(),
            Format::Ucdp => rasid_export::UCDP_COLUMNS.len(),
            _ => continue,
        };
        let mut reader = csv::Reader::from_reader(out.as_slice());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("CSV reads back")).collect();
        assert_eq!(rows.len(), summary.written);
        assert!(rows.iter().all(|r| r.len() == columns));
    }
});
