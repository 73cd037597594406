//! Table tests: dates, times and durations as news writes them, each with what the
//! parser must find (text, kind, window, precision).
#![allow(clippy::unwrap_used)]

use jiff::civil::DateTime;
use rasid_text::{tokenize, Normalized};
use rasid_time::{
    find_times, DurationUnit, Precision, Prefer, TimeFlag, TimeKind, TimeMention, TimeOptions,
};

/// Tuesday 25 January 2022, 10:30: the reference of every resolved case.
const REFERENCE: &str = "2022-01-25T10:30:00";

fn run(text: &str, reference: Option<&str>, prefer: Prefer) -> Vec<(String, TimeMention)> {
    let normalized = Normalized::new(text);
    let tokens = tokenize(normalized.as_str());
    let options = TimeOptions {
        reference: reference.map(|r| r.parse::<DateTime>().unwrap()),
        prefer,
    };
    find_times(&normalized, &tokens, &options)
        .into_iter()
        .map(|m| (text[m.span.clone()].to_string(), m))
        .collect()
}

/// The one mention of `text`, failing with what was found otherwise.
fn one(text: &str, reference: Option<&str>, prefer: Prefer) -> (String, TimeMention) {
    let mut found = run(text, reference, prefer);
    assert_eq!(found.len(), 1, "{text:?}: {found:#?}");
    found.remove(0)
}

fn show(d: Option<DateTime>) -> String {
    d.map_or("-".into(), |d| d.to_string())
}

/// (input, found text, kind, start, end, precision), resolved against [`REFERENCE`].
type Case = (
    &'static str,
    &'static str,
    TimeKind,
    &'static str,
    &'static str,
    Option<Precision>,
);

fn check(cases: &[Case], prefer: Prefer) {
    let mut failures = Vec::new();
    for &(input, text, kind, start, end, precision) in cases {
        let (found_text, m) = one(input, Some(REFERENCE), prefer);
        let got = (
            found_text.as_str(),
            m.kind,
            show(m.start),
            show(m.end),
            m.precision,
        );
        let want = (text, kind, start.to_string(), end.to_string(), precision);
        if got != want {
            failures.push(format!("{input:?}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

use Precision::*;
use TimeKind::*;

#[test]
fn gregorian_dates_in_every_naming() {
    check(
        &[
            (
                "قتل 5 أشخاص في 20 كانون الثاني 2022",
                "20 كانون الثاني 2022",
                Instant,
                "2022-01-20T00:00:00",
                "2022-01-21T00:00:00",
                Some(Day),
            ),
            (
                "في العشرين من شهر كانون الثاني/ يناير 2022",
                "العشرين من شهر كانون الثاني/ يناير 2022",
                Instant,
                "2022-01-20T00:00:00",
                "2022-01-21T00:00:00",
                Some(Day),
            ),
            (
                "الخميس 20 يناير 2022",
                "الخميس 20 يناير 2022",
                Instant,
                "2022-01-20T00:00:00",
                "2022-01-21T00:00:00",
                Some(Day),
            ),
            (
                "صدر البيان في 20/1/2022",
                "20/1/2022",
                Instant,
                "2022-01-20T00:00:00",
                "2022-01-21T00:00:00",
                Some(Day),
            ),
            (
                "2022-01-20",
                "2022-01-20",
                Instant,
                "2022-01-20T00:00:00",
                "2022-01-21T00:00:00",
                Some(Day),
            ),
            (
                "١٥ شباط",
                "١٥ شباط",
                Instant,
                "2021-02-15T00:00:00",
                "2021-02-16T00:00:00",
                Some(Day),
            ),
            (
                "في 10 أيلول (سبتمبر) 2019",
                "10 أيلول (سبتمبر) 2019",
                Instant,
                "2019-09-10T00:00:00",
                "2019-09-11T00:00:00",
                Some(Day),
            ),
            (
                "حرب 12 تموز - يوليو 2006",
                "12 تموز - يوليو 2006",
                Instant,
                "2006-07-12T00:00:00",
                "2006-07-13T00:00:00",
                Some(Day),
            ),
            (
                "يوم 3 جويلية 2021",
                "يوم 3 جويلية 2021",
                Instant,
                "2021-07-03T00:00:00",
                "2021-07-04T00:00:00",
                Some(Day),
            ),
            (
                "في 15 أوت 2020",
                "15 أوت 2020",
                Instant,
                "2020-08-15T00:00:00",
                "2020-08-16T00:00:00",
                Some(Day),
            ),
            (
                "حرب 5 يونيه 1967",
                "5 يونيه 1967",
                Instant,
                "1967-06-05T00:00:00",
                "1967-06-06T00:00:00",
                Some(Day),
            ),
            (
                "في أبريل 2021",
                "أبريل 2021",
                Instant,
                "2021-04-01T00:00:00",
                "2021-05-01T00:00:00",
                Some(Month),
            ),
            (
                "خلال شهر آب الماضي",
                "شهر آب الماضي",
                Instant,
                "2021-08-01T00:00:00",
                "2021-09-01T00:00:00",
                Some(Month),
            ),
            (
                "مساء الخميس 20 كانون الثاني",
                "مساء الخميس 20 كانون الثاني",
                Instant,
                "2022-01-20T18:00:00",
                "2022-01-21T00:00:00",
                Some(Hour),
            ),
            (
                "يوم الخميس 20 الجاري",
                "يوم الخميس 20 الجاري",
                Instant,
                "2022-01-20T00:00:00",
                "2022-01-21T00:00:00",
                Some(Day),
            ),
            (
                "من 13 إلى 15 شباط 2021",
                "من 13 إلى 15 شباط 2021",
                Interval,
                "2021-02-13T00:00:00",
                "2021-02-16T00:00:00",
                Some(Day),
            ),
            (
                "مطلع العام الجاري",
                "مطلع العام الجاري",
                Instant,
                "2022-01-01T00:00:00",
                "2022-05-01T00:00:00",
                Some(Year),
            ),
        ],
        Prefer::Past,
    );
}

#[test]
fn double_names_that_disagree_are_flagged() {
    let (text, m) = one("كانون الثاني/ديسمبر 2021", None, Prefer::Past);
    assert_eq!(text, "كانون الثاني/ديسمبر 2021");
    assert_eq!(m.flags, vec![TimeFlag::MonthNamesDisagree]);
    assert_eq!(show(m.start), "2021-01-01T00:00:00");
    let (_, agree) = one("كانون الثاني/يناير 2021", None, Prefer::Past);
    assert!(agree.flags.is_empty());
}

#[test]
fn hijri_dates_become_gregorian() {
    check(
        &[
            (
                "في 5 رمضان 1443 هـ",
                "5 رمضان 1443 هـ",
                Instant,
                "2022-04-06T00:00:00",
                "2022-04-07T00:00:00",
                Some(Day),
            ),
            (
                "خلال شهر رمضان 1443",
                "شهر رمضان 1443",
                Instant,
                "2022-04-02T00:00:00",
                "2022-05-02T00:00:00",
                Some(Month),
            ),
            (
                "عام 1443 للهجرة",
                "عام 1443 للهجرة",
                Instant,
                "2021-08-09T00:00:00",
                "2022-07-30T00:00:00",
                Some(Year),
            ),
            (
                "10 ذو الحجة 1442 ه",
                "10 ذو الحجة 1442 ه",
                Instant,
                "2021-07-20T00:00:00",
                "2021-07-21T00:00:00",
                Some(Day),
            ),
            (
                "14-09-1432 هـ",
                "14-09-1432 هـ",
                Instant,
                "2011-08-14T00:00:00",
                "2011-08-15T00:00:00",
                Some(Day),
            ),
        ],
        Prefer::Past,
    );
}

#[test]
fn years_and_year_intervals() {
    check(
        &[
            (
                "خلال عام 2019",
                "عام 2019",
                Instant,
                "2019-01-01T00:00:00",
                "2020-01-01T00:00:00",
                Some(Year),
            ),
            (
                "في سنة ٢٠١٦",
                "سنة ٢٠١٦",
                Instant,
                "2016-01-01T00:00:00",
                "2017-01-01T00:00:00",
                Some(Year),
            ),
            (
                "بين عامي 2014 و2019",
                "بين عامي 2014 و2019",
                Interval,
                "2014-01-01T00:00:00",
                "2020-01-01T00:00:00",
                Some(Year),
            ),
            (
                "العام الماضي",
                "العام الماضي",
                Instant,
                "2021-01-01T00:00:00",
                "2022-01-01T00:00:00",
                Some(Year),
            ),
            (
                "هذا العام",
                "هذا العام",
                Instant,
                "2022-01-01T00:00:00",
                "2023-01-01T00:00:00",
                Some(Year),
            ),
            (
                "in 2019",
                "2019",
                Instant,
                "2019-01-01T00:00:00",
                "2020-01-01T00:00:00",
                Some(Year),
            ),
            (
                "between 2014 and 2019",
                "between 2014 and 2019",
                Interval,
                "2014-01-01T00:00:00",
                "2020-01-01T00:00:00",
                Some(Year),
            ),
        ],
        Prefer::Past,
    );
}

#[test]
fn times_of_day() {
    check(
        &[
            (
                "الساعة السابعة من مساء أمس",
                "الساعة السابعة من مساء أمس",
                Instant,
                "2022-01-24T19:00:00",
                "2022-01-24T20:00:00",
                Some(Hour),
            ),
            (
                "الساعة 7 مساء",
                "الساعة 7 مساء",
                Instant,
                "2022-01-25T19:00:00",
                "2022-01-25T20:00:00",
                Some(Hour),
            ),
            (
                "٠٧:٣٠ صباحاً",
                "٠٧:٣٠ صباحاً",
                Instant,
                "2022-01-25T07:30:00",
                "2022-01-25T07:31:00",
                Some(Minute),
            ),
            (
                "وقع الانفجار فجراً",
                "فجراً",
                Instant,
                "2022-01-25T04:00:00",
                "2022-01-25T06:00:00",
                Some(Hour),
            ),
            (
                "قرابة منتصف الليل",
                "منتصف الليل",
                Instant,
                "2022-01-25T00:00:00",
                "2022-01-25T01:00:00",
                Some(Hour),
            ),
            (
                "at 7 p.m.",
                "at 7 p.m.",
                Instant,
                "2022-01-25T19:00:00",
                "2022-01-25T20:00:00",
                Some(Hour),
            ),
            (
                "19:00",
                "19:00",
                Instant,
                "2022-01-25T19:00:00",
                "2022-01-25T19:01:00",
                Some(Minute),
            ),
            (
                "الساعة الثامنة والنصف صباحاً",
                "الساعة الثامنة والنصف صباحاً",
                Instant,
                "2022-01-25T08:30:00",
                "2022-01-25T08:31:00",
                Some(Minute),
            ),
            (
                "ليل الخميس إلى الجمعة",
                "ليل الخميس إلى الجمعة",
                Interval,
                "2022-01-20T20:00:00",
                "2022-01-21T06:00:00",
                Some(Hour),
            ),
            (
                "قصفت الطائرات البلدة ليل الأربعاء الخميس",
                "ليل الأربعاء الخميس",
                Interval,
                "2022-01-19T20:00:00",
                "2022-01-20T06:00:00",
                Some(Hour),
            ),
            (
                "من الساعة 5 إلى 7 مساء",
                "من الساعة 5 إلى 7 مساء",
                Interval,
                "2022-01-25T17:00:00",
                "2022-01-25T19:00:00",
                Some(Hour),
            ),
        ],
        Prefer::Past,
    );
}

#[test]
fn weekdays_and_relative_expressions() {
    check(
        &[
            (
                "الثلاثاء",
                "الثلاثاء",
                Instant,
                "2022-01-25T00:00:00",
                "2022-01-26T00:00:00",
                Some(Day),
            ),
            (
                "يوم الخميس",
                "يوم الخميس",
                Instant,
                "2022-01-20T00:00:00",
                "2022-01-21T00:00:00",
                Some(Day),
            ),
            (
                "الخميس الماضي",
                "الخميس الماضي",
                Instant,
                "2022-01-20T00:00:00",
                "2022-01-21T00:00:00",
                Some(Day),
            ),
            (
                "اليوم",
                "اليوم",
                Instant,
                "2022-01-25T00:00:00",
                "2022-01-26T00:00:00",
                Some(Day),
            ),
            (
                "أمس",
                "أمس",
                Instant,
                "2022-01-24T00:00:00",
                "2022-01-25T00:00:00",
                Some(Day),
            ),
            (
                "أول أمس",
                "أول أمس",
                Instant,
                "2022-01-23T00:00:00",
                "2022-01-24T00:00:00",
                Some(Day),
            ),
            (
                "غداً",
                "غداً",
                Instant,
                "2022-01-26T00:00:00",
                "2022-01-27T00:00:00",
                Some(Day),
            ),
            (
                "بعد غد",
                "بعد غد",
                Instant,
                "2022-01-27T00:00:00",
                "2022-01-28T00:00:00",
                Some(Day),
            ),
            (
                "الأسبوع الماضي",
                "الأسبوع الماضي",
                Instant,
                "2022-01-16T00:00:00",
                "2022-01-23T00:00:00",
                Some(Week),
            ),
            (
                "الشهر المقبل",
                "الشهر المقبل",
                Instant,
                "2022-02-01T00:00:00",
                "2022-03-01T00:00:00",
                Some(Month),
            ),
            (
                "الشهر القادم",
                "الشهر القادم",
                Instant,
                "2022-02-01T00:00:00",
                "2022-03-01T00:00:00",
                Some(Month),
            ),
            (
                "منذ يومين",
                "منذ يومين",
                Instant,
                "2022-01-23T00:00:00",
                "2022-01-24T00:00:00",
                Some(Day),
            ),
            (
                "قبل ثلاثة أيام",
                "قبل ثلاثة أيام",
                Instant,
                "2022-01-22T00:00:00",
                "2022-01-23T00:00:00",
                Some(Day),
            ),
            (
                "بعد ساعتين",
                "بعد ساعتين",
                Instant,
                "2022-01-25T12:00:00",
                "2022-01-25T13:00:00",
                Some(Hour),
            ),
            (
                "خلال الساعات الـ24 الماضية",
                "الساعات الـ24 الماضية",
                Interval,
                "2022-01-24T10:30:00",
                "2022-01-25T10:30:00",
                Some(Hour),
            ),
            (
                "yesterday",
                "yesterday",
                Instant,
                "2022-01-24T00:00:00",
                "2022-01-25T00:00:00",
                Some(Day),
            ),
            (
                "last Tuesday",
                "last Tuesday",
                Instant,
                "2022-01-18T00:00:00",
                "2022-01-19T00:00:00",
                Some(Day),
            ),
            (
                "two days ago",
                "two days ago",
                Instant,
                "2022-01-23T00:00:00",
                "2022-01-24T00:00:00",
                Some(Day),
            ),
            (
                "next week",
                "next week",
                Instant,
                "2022-01-30T00:00:00",
                "2022-02-06T00:00:00",
                Some(Week),
            ),
            (
                "last week",
                "last week",
                Instant,
                "2022-01-16T00:00:00",
                "2022-01-23T00:00:00",
                Some(Week),
            ),
            (
                "on Thursday",
                "on Thursday",
                Instant,
                "2022-01-20T00:00:00",
                "2022-01-21T00:00:00",
                Some(Day),
            ),
            (
                "January 20, 2022",
                "January 20, 2022",
                Instant,
                "2022-01-20T00:00:00",
                "2022-01-21T00:00:00",
                Some(Day),
            ),
            (
                "20 January 2022",
                "20 January 2022",
                Instant,
                "2022-01-20T00:00:00",
                "2022-01-21T00:00:00",
                Some(Day),
            ),
            (
                "Jan. 20",
                "Jan. 20",
                Instant,
                "2022-01-20T00:00:00",
                "2022-01-21T00:00:00",
                Some(Day),
            ),
        ],
        Prefer::Past,
    );
}

#[test]
fn schedules_prefer_the_future() {
    check(
        &[
            (
                "يوم الخميس",
                "يوم الخميس",
                Instant,
                "2022-01-27T00:00:00",
                "2022-01-28T00:00:00",
                Some(Day),
            ),
            (
                "١٥ شباط",
                "١٥ شباط",
                Instant,
                "2022-02-15T00:00:00",
                "2022-02-16T00:00:00",
                Some(Day),
            ),
        ],
        Prefer::Future,
    );
}

#[test]
fn durations() {
    type DurationCase = (&'static str, &'static str, Option<(f64, DurationUnit)>);
    let cases: &[DurationCase] = &[
        (
            "الهجوم الذي استمر لقرابة تسعة أيام",
            "تسعة أيام",
            Some((9.0, DurationUnit::Day)),
        ),
        ("7 أيام", "7 أيام", Some((7.0, DurationUnit::Day))),
        ("لمدة أسبوع", "أسبوع", Some((1.0, DurationUnit::Week))),
        ("أسبوعين", "أسبوعين", Some((2.0, DurationUnit::Week))),
        (
            "استمر الحصار شهرين",
            "شهرين",
            Some((2.0, DurationUnit::Month)),
        ),
        ("ثلاثة أشهر", "ثلاثة أشهر", Some((3.0, DurationUnit::Month))),
        ("سنتين", "سنتين", Some((2.0, DurationUnit::Year))),
        ("عامين", "عامين", Some((2.0, DurationUnit::Year))),
        ("سنة ونصف", "سنة ونصف", Some((1.5, DurationUnit::Year))),
        ("ساعة وربع", "ساعة وربع", Some((1.25, DurationUnit::Hour))),
        (
            "ساعتين و30 دقيقة",
            "ساعتين و30 دقيقة",
            Some((2.5, DurationUnit::Hour)),
        ),
        (
            "for three days",
            "three days",
            Some((3.0, DurationUnit::Day)),
        ),
        ("منذ ساعات", "ساعات", None),
    ];
    let mut failures = Vec::new();
    for &(input, text, want) in cases {
        let (found, m) = one(input, None, Prefer::Past);
        let got = m.duration.map(|d| (d.value, d.unit));
        // A hedge the numbers parser reads with the figure (`لقرابة تسعة`) may open the
        // span.
        if !found.ends_with(text) || m.kind != Duration || got != want || m.start.is_some() {
            failures.push(format!("{input:?}: {found:?} {m:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn day_of_an_event() {
    let (text, m) = one("في اليوم الثالث للهجوم", Some(REFERENCE), Prefer::Past);
    assert_eq!(text, "اليوم الثالث");
    assert_eq!(m.event_day, Some(3));
    assert_eq!((m.start, m.precision), (None, None));
}

#[test]
fn a_day_is_never_guessed_without_a_reference() {
    for input in [
        "يوم الخميس",
        "١٥ شباط",
        "أمس",
        "الساعة 7 مساء",
        "الأسبوع الماضي",
    ] {
        let (_, m) = one(input, None, Prefer::Past);
        assert_eq!((m.start, m.end, m.precision), (None, None, None), "{input}");
    }
    // With a year in the expression, no reference is needed.
    let (_, m) = one("20 كانون الثاني 2022", None, Prefer::Past);
    assert_eq!(show(m.start), "2022-01-20T00:00:00");
}

#[test]
fn common_words_are_not_times() {
    for input in [
        "قال الأمين العام للأمم المتحدة",
        "بشكل عام",
        "الرئيس رجب طيب أردوغان",
        "سجلت درجة الحرارة صفر",
        "قتل أب وابنه",
        "احد عشر",
        "أيام الحرب",
        "مارس الضغط على الحكومة",
    ] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
}

#[test]
fn spans_point_at_the_original_bytes() {
    let text = "قُتِل ثلاثةٌ مساءَ الخميسِ ٢٠ كانونَ الثاني ٢٠٢٢";
    let (found, _) = one(text, None, Prefer::Past);
    assert_eq!(found, "مساءَ الخميسِ ٢٠ كانونَ الثاني ٢٠٢٢");
}

#[test]
fn the_text_s_own_year_completes_a_day_and_month() {
    let found = run(
        "وصل الوفد في 20 كانون الثاني 2022، وغادر في 25 كانون الثاني",
        None,
        Prefer::Past,
    );
    let starts: Vec<String> = found.iter().map(|(_, m)| show(m.start)).collect();
    assert_eq!(starts, ["2022-01-20T00:00:00", "2022-01-25T00:00:00"]);
    // Two different years: no year is taken, the day stays unresolved.
    let found = run(
        "بين 3 آذار 2021 و 4 نيسان 2022، ثم في 25 كانون الثاني",
        None,
        Prefer::Past,
    );
    assert_eq!(found.last().map(|(_, m)| m.start), Some(None));
}

#[test]
fn news_phrasings() {
    check(
        &[
            (
                "يومي الخميس والجمعة",
                "يومي الخميس والجمعة",
                Interval,
                "2022-01-20T00:00:00",
                "2022-01-22T00:00:00",
                Some(Day),
            ),
            (
                "في يومي 12 و13 آذار 2021",
                "يومي 12 و13 آذار 2021",
                Interval,
                "2021-03-12T00:00:00",
                "2021-03-14T00:00:00",
                Some(Day),
            ),
            (
                "في الساعات الأولى من صباح اليوم",
                "الساعات الأولى من صباح اليوم",
                Instant,
                "2022-01-25T06:00:00",
                "2022-01-25T09:00:00",
                Some(Hour),
            ),
            (
                "قصفت الطائرات البلدة فجر اليوم الثلاثاء",
                "فجر اليوم الثلاثاء",
                Instant,
                "2022-01-25T04:00:00",
                "2022-01-25T06:00:00",
                Some(Hour),
            ),
            (
                "وفي الـ15 من الشهر الجاري",
                "الـ15 من الشهر الجاري",
                Instant,
                "2022-01-15T00:00:00",
                "2022-01-16T00:00:00",
                Some(Day),
            ),
            (
                "الأربعاء الأسبوع الماضي",
                "الأربعاء الأسبوع الماضي",
                Instant,
                "2022-01-19T00:00:00",
                "2022-01-20T00:00:00",
                Some(Day),
            ),
            (
                "منذ نحو عامين",
                "منذ نحو عامين",
                Instant,
                "2020-01-01T00:00:00",
                "2021-01-01T00:00:00",
                Some(Year),
            ),
            (
                "في منتصف آذار",
                "منتصف آذار",
                Instant,
                "2021-03-11T00:00:00",
                "2021-03-21T00:00:00",
                Some(Month),
            ),
            (
                "خلال صيف 2014",
                "صيف 2014",
                Instant,
                "2014-06-01T00:00:00",
                "2014-09-01T00:00:00",
                Some(Month),
            ),
            (
                "شتاء العام الماضي",
                "شتاء العام الماضي",
                Instant,
                "2020-12-01T00:00:00",
                "2021-03-01T00:00:00",
                Some(Month),
            ),
            (
                "أعلن ذلك هذا الصباح",
                "هذا الصباح",
                Instant,
                "2022-01-25T06:00:00",
                "2022-01-25T12:00:00",
                Some(Hour),
            ),
            (
                "ليل السبت - الأحد",
                "ليل السبت - الأحد",
                Interval,
                "2022-01-22T20:00:00",
                "2022-01-23T06:00:00",
                Some(Hour),
            ),
            (
                "ونقل عنه بالأمس",
                "الأمس",
                Instant,
                "2022-01-24T00:00:00",
                "2022-01-25T00:00:00",
                Some(Day),
            ),
            (
                "حتى الآن",
                "الآن",
                Instant,
                "2022-01-25T10:30:00",
                "2022-01-25T10:30:01",
                Some(Second),
            ),
            (
                "2014-2018",
                "2014-2018",
                Interval,
                "2014-01-01T00:00:00",
                "2019-01-01T00:00:00",
                Some(Year),
            ),
            (
                "19-20 تشرين الثاني 2021",
                "19-20 تشرين الثاني 2021",
                Interval,
                "2021-11-19T00:00:00",
                "2021-11-21T00:00:00",
                Some(Day),
            ),
        ],
        Prefer::Past,
    );
}

#[test]
fn words_that_only_look_like_times() {
    for input in [
        "فجر انتحاري نفسه وسط السوق",
        "ظهر الرئيس في المؤتمر",
        "في العصر الحديث",
        "المغرب والجزائر",
        "في اليوم التالي",
        "الربيع العربي",
        "خلال يوم واحد من المعارك",
        "في 2000 غارة",
        "وزعت وجبات الغداء على النازحين",
        "أول ليلة قضاها في السجن",
        "أصيب برصاصة في الظهر",
        "شاشات مثبتة في ظهر المقاعد",
    ] {
        let found: Vec<_> = run(input, Some(REFERENCE), Prefer::Past)
            .into_iter()
            .filter(|(_, m)| m.kind != Duration)
            .collect();
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
}

#[test]
fn ranges_of_hours() {
    check(
        &[
            (
                "بين الساعة 5 و 6 مساءً",
                "بين الساعة 5 و 6 مساءً",
                Interval,
                "2022-01-25T17:00:00",
                "2022-01-25T18:00:00",
                Some(Hour),
            ),
            (
                "أغلق المعبر من الساعة 4 ونصف حتى الخامسة بعد العصر",
                "من الساعة 4 ونصف حتى الخامسة بعد العصر",
                Interval,
                "2022-01-25T16:30:00",
                "2022-01-25T17:00:00",
                Some(Minute),
            ),
            (
                "بين الخامسة والسادسة مساءً",
                "بين الخامسة والسادسة مساءً",
                Interval,
                "2022-01-25T17:00:00",
                "2022-01-25T18:00:00",
                Some(Hour),
            ),
            (
                "من الساعة الثامنة وحتى الثانية عشرة ليلا",
                "من الساعة الثامنة وحتى الثانية عشرة ليلا",
                Interval,
                "2022-01-25T20:00:00",
                "2022-01-26T00:00:00",
                Some(Hour),
            ),
            (
                "الثامنة مساء وحتى الثالثة فجرا",
                "الثامنة مساء وحتى الثالثة فجرا",
                Interval,
                "2022-01-25T20:00:00",
                "2022-01-26T03:00:00",
                Some(Hour),
            ),
            (
                "يوم الجمعة بين 1 و4 مساءً",
                "يوم الجمعة بين 1 و4 مساءً",
                Interval,
                "2022-01-21T13:00:00",
                "2022-01-21T16:00:00",
                Some(Hour),
            ),
            (
                "الساعة 9.30 مساء",
                "الساعة 9.30 مساء",
                Instant,
                "2022-01-25T21:30:00",
                "2022-01-25T21:31:00",
                Some(Minute),
            ),
            (
                "الساعة 7 و15 دقيقة صباحا",
                "الساعة 7 و15 دقيقة صباحا",
                Instant,
                "2022-01-25T07:15:00",
                "2022-01-25T07:16:00",
                Some(Minute),
            ),
            (
                "تفتح الصيدلية من الستة للسبعة مساء",
                "من الستة للسبعة مساء",
                Interval,
                "2022-01-25T18:00:00",
                "2022-01-25T19:00:00",
                Some(Hour),
            ),
            (
                "الدوام من 8 ل 2 الظهر",
                "من 8 ل 2 الظهر",
                Interval,
                "2022-01-25T08:00:00",
                "2022-01-25T14:00:00",
                Some(Hour),
            ),
            (
                "الزيارة من الأربعة ونص للخمسة وربع العصر",
                "من الأربعة ونص للخمسة وربع العصر",
                Interval,
                "2022-01-25T16:30:00",
                "2022-01-25T17:15:00",
                Some(Minute),
            ),
            (
                "تغلق المحال بين الستة والسبعة مساء",
                "بين الستة والسبعة مساء",
                Interval,
                "2022-01-25T18:00:00",
                "2022-01-25T19:00:00",
                Some(Hour),
            ),
            (
                "من العشرة وعشرين دقيقة لل11 الصبح",
                "من العشرة وعشرين دقيقة لل11 الصبح",
                Interval,
                "2022-01-25T10:20:00",
                "2022-01-25T11:00:00",
                Some(Minute),
            ),
            (
                "منتصف ليل الخميس",
                "منتصف ليل الخميس",
                Instant,
                "2022-01-21T00:00:00",
                "2022-01-21T01:00:00",
                Some(Hour),
            ),
        ],
        Prefer::Past,
    );
}

#[test]
fn intervals_open_on_one_side() {
    let cases: &[(&str, &str, &str)] = &[
        ("منذ عام 2011", "2011-01-01T00:00:00", "-"),
        (
            "منذ عام 2011 وحتى 2015",
            "2011-01-01T00:00:00",
            "2016-01-01T00:00:00",
        ),
        ("حتى الساعة 8 مساء", "-", "2022-01-25T20:00:00"),
        ("قبل 1/1/2016", "-", "2016-01-01T00:00:00"),
        ("بعد الساعة 4 مساءً غدا", "2022-01-26T16:00:00", "-"),
        ("حتى عام 2012", "-", "2013-01-01T00:00:00"),
    ];
    for &(input, start, end) in cases {
        let (text, m) = one(input, Some(REFERENCE), Prefer::Past);
        assert_eq!(text, input);
        assert_eq!(m.kind, Interval, "{input}");
        assert_eq!(
            (show(m.start), show(m.end)),
            (start.to_string(), end.to_string()),
            "{input}"
        );
    }
    // `بعد الظهر` is the afternoon, `منذ يومين` two days ago: no open intervals.
    assert_eq!(
        one("بعد الظهر", Some(REFERENCE), Prefer::Past).1.kind,
        Instant
    );
    assert_eq!(
        one("منذ يومين", Some(REFERENCE), Prefer::Past).1.kind,
        Instant
    );
}

#[test]
fn weeks_and_days_inside_a_period() {
    check(
        &[
            (
                "الأسبوع الأول من عام 2015",
                "الأسبوع الأول من عام 2015",
                Instant,
                "2015-01-01T00:00:00",
                "2015-01-08T00:00:00",
                Some(Week),
            ),
            (
                "في الأسبوع الأخير من الشهر الماضي",
                "الأسبوع الأخير من الشهر الماضي",
                Instant,
                "2021-12-25T00:00:00",
                "2022-01-01T00:00:00",
                Some(Week),
            ),
            (
                "تشرين الثاني 2021 بين 15 و 19",
                "تشرين الثاني 2021 بين 15 و 19",
                Interval,
                "2021-11-15T00:00:00",
                "2021-11-20T00:00:00",
                Some(Day),
            ),
            (
                "الأسبوع المقبل بين الأربعاء والجمعة",
                "الأسبوع المقبل بين الأربعاء والجمعة",
                Interval,
                "2022-02-02T00:00:00",
                "2022-02-05T00:00:00",
                Some(Day),
            ),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn nth_weekdays_and_weekdays_weeks_away() {
    check(
        &[
            ("آخر خميس من شهر كانون الأول", "آخر خميس من شهر كانون الأول", Instant, "2021-12-30T00:00:00", "2021-12-31T00:00:00", Some(Day)),
            ("أول جمعة من الشهر الماضي", "أول جمعة من الشهر الماضي", Instant, "2021-12-03T00:00:00", "2021-12-04T00:00:00", Some(Day)),
            ("الخميس بعد أسبوعين", "الخميس بعد أسبوعين", Instant, "2022-02-10T00:00:00", "2022-02-11T00:00:00", Some(Day)),
            ("منذ شهرين ويوم واحد", "منذ شهرين ويوم واحد", Instant, "2021-11-24T00:00:00", "2021-11-25T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn decades_and_the_rest_of_a_period() {
    check(
        &[
            ("في التسعينيات", "التسعينيات", Instant, "1990-01-01T00:00:00", "2000-01-01T00:00:00", Some(Year)),
            ("سبعينيات القرن التاسع عشر", "سبعينيات القرن التاسع عشر", Instant, "1870-01-01T00:00:00", "1880-01-01T00:00:00", Some(Year)),
            ("خلال بقية الأسبوع", "بقية الأسبوع", Instant, "2022-01-25T10:30:00", "2022-01-30T00:00:00", Some(Week)),
        ],
        Prefer::Past,
    );
    assert!(run("رجل ثمانيني", Some(REFERENCE), Prefer::Past).is_empty());
}

#[test]
fn counts_after_a_part_of_the_day_are_not_hours() {
    let found = run("قتل مساء 7 أشخاص", Some(REFERENCE), Prefer::Past);
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["مساء"]);
    let (text, m) = one("يعود مساء 7", Some(REFERENCE), Prefer::Past);
    assert_eq!(
        (text.as_str(), show(m.start)),
        ("مساء 7", "2022-01-25T19:00:00".to_string())
    );
}

#[test]
fn hours_and_minutes_in_words() {
    let minute = |input: &'static str, text: &'static str, start: &'static str, end| {
        (input, text, Instant, start, end, Some(Minute))
    };
    check(
        &[
            minute(
                "دوى الانفجار الساعة الثامنة وعشرين دقيقة مساءً",
                "الساعة الثامنة وعشرين دقيقة مساءً",
                "2022-01-25T20:20:00",
                "2022-01-25T20:21:00",
            ),
            minute(
                "أغلقت البورصة الساعة 1430 بتوقيت جرينتش يوم الاثنين",
                "الساعة 1430 بتوقيت جرينتش يوم الاثنين",
                "2022-01-24T14:30:00",
                "2022-01-24T14:31:00",
            ),
            minute(
                "بدأ القصف (21,01 ت غ)",
                "21,01 ت غ",
                "2022-01-25T21:01:00",
                "2022-01-25T21:02:00",
            ),
            minute(
                "يبدأ حظر التجول الساعة 00:01 تغ ليل الأحد",
                "الساعة 00:01 تغ ليل الأحد",
                "2022-01-24T00:01:00",
                "2022-01-24T00:02:00",
            ),
            minute(
                "the blast hit at 0300 GMT",
                "at 0300 GMT",
                "2022-01-25T03:00:00",
                "2022-01-25T03:01:00",
            ),
            minute(
                "انطلقت القافلة الساعة الثامنة إلا ربعا",
                "الساعة الثامنة إلا ربعا",
                "2022-01-25T07:45:00",
                "2022-01-25T07:46:00",
            ),
            minute(
                "سقطت القذيفة الخميس 10:30",
                "الخميس 10:30",
                "2022-01-20T10:30:00",
                "2022-01-20T10:31:00",
            ),
            minute(
                "بدأ القصف الخامسة وثلاثين صباحا",
                "الخامسة وثلاثين صباحا",
                "2022-01-25T05:30:00",
                "2022-01-25T05:31:00",
            ),
            minute(
                "وصلت القافلة الساعة خمسة وخمسين دقيقة",
                "الساعة خمسة وخمسين دقيقة",
                "2022-01-25T05:50:00",
                "2022-01-25T05:51:00",
            ),
            minute(
                "سمع دوي ثلاث دقائق قبل الثامنة مساء",
                "ثلاث دقائق قبل الثامنة مساء",
                "2022-01-25T19:57:00",
                "2022-01-25T19:58:00",
            ),
            minute(
                "وقع الانفجار عشر دقائق قبل الحادية عشرة",
                "عشر دقائق قبل الحادية عشرة",
                "2022-01-25T10:50:00",
                "2022-01-25T10:51:00",
            ),
            minute(
                "عشرين دقيقة بعد الخامسة صباح أمس",
                "عشرين دقيقة بعد الخامسة صباح أمس",
                "2022-01-24T05:20:00",
                "2022-01-24T05:21:00",
            ),
            minute(
                "دوت صفارات الإنذار التاسعة مساءً وثلاثة أرباع",
                "التاسعة مساءً وثلاثة أرباع",
                "2022-01-25T21:45:00",
                "2022-01-25T21:46:00",
            ),
            minute(
                "انتهت المهلة الخامسة والنصف إلا ثلاث دقائق",
                "الخامسة والنصف إلا ثلاث دقائق",
                "2022-01-25T05:27:00",
                "2022-01-25T05:28:00",
            ),
            minute(
                "الخميس، 20 يناير 2022 - 10:50 ص",
                "الخميس، 20 يناير 2022 - 10:50 ص",
                "2022-01-20T10:50:00",
                "2022-01-20T10:51:00",
            ),
            minute(
                "آخر تحديث 24 يناير 2022 - 19:45",
                "24 يناير 2022 - 19:45",
                "2022-01-24T19:45:00",
                "2022-01-24T19:46:00",
            ),
            minute(
                "نشر بتاريخ 6/1/2022 12.15",
                "6/1/2022 12.15",
                "2022-01-06T12:15:00",
                "2022-01-06T12:16:00",
            ),
            minute(
                "أعلنت النتائج الساعة 14,30",
                "الساعة 14,30",
                "2022-01-25T14:30:00",
                "2022-01-25T14:31:00",
            ),
            minute(
                "بدأت الهدنة الساعة 6,00 صباح اليوم",
                "الساعة 6,00 صباح اليوم",
                "2022-01-25T06:00:00",
                "2022-01-25T06:01:00",
            ),
            minute(
                "انطلقت الصواريخ 340 مساء",
                "340 مساء",
                "2022-01-25T15:40:00",
                "2022-01-25T15:41:00",
            ),
            (
                "وقع الهجوم في الواحدة ظهرا",
                "الواحدة ظهرا",
                Instant,
                "2022-01-25T13:00:00",
                "2022-01-25T14:00:00",
                Some(Hour),
            ),
            (
                "بدأ حظر التجول الخميس في الحادية عشرة",
                "الخميس في الحادية عشرة",
                Instant,
                "2022-01-20T11:00:00",
                "2022-01-20T12:00:00",
                Some(Hour),
            ),
            minute(
                "تبدأ الهدنة الليلة الساعة 9:30 مساءً",
                "الليلة الساعة 9:30 مساءً",
                "2022-01-25T21:30:00",
                "2022-01-25T21:31:00",
            ),
            (
                "يبدأ حظر التجول هذه الليلة في 10",
                "هذه الليلة في 10",
                Instant,
                "2022-01-25T22:00:00",
                "2022-01-25T23:00:00",
                Some(Hour),
            ),
            (
                "يسري حظر التجول اليوم من الخامسة إلى السابعة",
                "اليوم من الخامسة إلى السابعة",
                Interval,
                "2022-01-25T05:00:00",
                "2022-01-25T07:00:00",
                Some(Hour),
            ),
            (
                "فرض حظر التجول من الساعة 10 مساء حتى 6 صباح اليوم",
                "من الساعة 10 مساء حتى 6 صباح اليوم",
                Interval,
                "2022-01-24T22:00:00",
                "2022-01-25T06:00:00",
                Some(Hour),
            ),
            (
                "الموعد بكرة على الخمسة العصر",
                "بكرة على الخمسة العصر",
                Instant,
                "2022-01-26T17:00:00",
                "2022-01-26T18:00:00",
                Some(Hour),
            ),
            (
                "أعلن الجيش الساعة الحادية والعشرين",
                "الساعة الحادية والعشرين",
                Instant,
                "2022-01-25T21:00:00",
                "2022-01-25T22:00:00",
                Some(Hour),
            ),
        ],
        Prefer::Past,
    );
}

#[test]
fn counts_and_ages_are_not_clock_readings() {
    // (input, the only mentions allowed: parts of the day, never a clock reading)
    let cases: &[(&str, &[&str])] = &[
        ("قتل خمسة وعشرين مساء الخميس", &["مساء الخميس"]),
        ("أصيب طفل في السابعة من عمره", &[]),
        ("فتاة في السابعة تغفو على ضفة النهر", &[]),
        ("تلتقط الكاميرا 30 إطارا في الثانية", &[]),
        ("تبدأ الفعاليات اليوم في خامس أيام العيد", &["اليوم"]),
        ("وصل الأول مساء اليوم", &["مساء اليوم"]),
        ("قتل 340 مساء الخميس", &["مساء الخميس"]),
        ("مرة واحدة مساء", &["مساء"]),
        ("فتاة في الثالثة عشرة من عمرها", &[]),
        ("قصفت الطائرات الليلة في 7 مدن", &["الليلة"]),
        ("صعد الفريق من المرتبة الخامسة إلى السابعة", &[]),
        ("تخصص الجوائز من السابعة وحتى الحادية والعشرين", &[]),
        ("قتل عشرة الساعة 9 مساء وثلاثة آخرون", &["الساعة 9 مساء"]),
        ("قتل الخمسة مساء الخميس", &["مساء الخميس"]),
        ("تضم القائمة من 5 ل 7 لاعبين", &[]),
        ("ارتفع عدد الضحايا من 5 ل 7 آلاف", &[]),
        ("يحكم على المدان من 5 ل 7 سنوات", &["7 سنوات"]),
        ("ترجمت إلى أكثر من 20 لغة", &[]),
        ("قتل بين الخمسة والسبعة مساء الخميس", &["مساء الخميس"]),
        ("يتراوح العدد بين الخمسة والسبعة آلاف", &[]),
        ("ركض 5 م في الساعة 7", &["الساعة 7"]),
        ("خصصت في 6/1/2022 12.50 مليون دولار", &["6/1/2022"]),
        (
            "ارتفع العدد الساعة العاشرة صباحا إلى عشرين",
            &["الساعة العاشرة صباحا"],
        ),
    ];
    for &(input, allowed) in cases {
        let found: Vec<String> = run(input, Some(REFERENCE), Prefer::Past)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(found, allowed, "{input:?}");
    }
}

#[test]
fn early_and_late_parts_of_the_day() {
    let hours = |input: &'static str, text: &'static str, start: &'static str, end| {
        (input, text, Instant, start, end, Some(Hour))
    };
    check(
        &[
            hours(
                "اندلعت الاشتباكات في وقت متأخر من مساء أمس",
                "وقت متأخر من مساء أمس",
                "2022-01-24T21:00:00",
                "2022-01-25T00:00:00",
            ),
            hours(
                "قصفت الطائرات في ساعة مبكرة من صباح الأحد",
                "ساعة مبكرة من صباح الأحد",
                "2022-01-23T06:00:00",
                "2022-01-23T09:00:00",
            ),
            hours(
                "دخلت القوات في الساعات الأولى من فجر اليوم",
                "الساعات الأولى من فجر اليوم",
                "2022-01-25T04:00:00",
                "2022-01-25T05:00:00",
            ),
            hours(
                "انقطع التيار الكهربائي في وقت متأخر من الليل",
                "وقت متأخر من الليل",
                "2022-01-25T22:00:00",
                "2022-01-26T00:00:00",
            ),
            hours(
                "انطلقت المسيرة في الصباح في 7",
                "الصباح في 7",
                "2022-01-25T07:00:00",
                "2022-01-25T08:00:00",
            ),
            hours(
                "توقف القتال وقت الظهيرة",
                "وقت الظهيرة",
                "2022-01-25T12:00:00",
                "2022-01-25T13:00:00",
            ),
            hours(
                "اقتحمت القوات المخيم في ساعات الفجر الأولى من يوم السبت",
                "ساعات الفجر الأولى من يوم السبت",
                "2022-01-22T04:00:00",
                "2022-01-22T05:00:00",
            ),
            // With `حتى` before it, the same words end an open interval (see the crate's
            // conventions): the late hours themselves are read here without it.
            hours(
                "تجدد القصف في ساعات الليل المتأخرة",
                "ساعات الليل المتأخرة",
                "2022-01-25T22:00:00",
                "2022-01-26T00:00:00",
            ),
            hours(
                "وصلت التعزيزات قبل ظهر اليوم",
                "قبل ظهر اليوم",
                "2022-01-25T06:00:00",
                "2022-01-25T12:00:00",
            ),
            hours(
                "سقطت القذيفة نحو الساعة الحادية عشرة قبل ظهر اليوم",
                "الساعة الحادية عشرة قبل ظهر اليوم",
                "2022-01-25T11:00:00",
                "2022-01-25T12:00:00",
            ),
            hours(
                "دوى الانفجار الساعة الواحدة بعد منتصف الليل",
                "الساعة الواحدة بعد منتصف الليل",
                "2022-01-25T01:00:00",
                "2022-01-25T02:00:00",
            ),
            hours(
                "تسلل المسلحون في آخر الليل",
                "آخر الليل",
                "2022-01-25T22:00:00",
                "2022-01-26T00:00:00",
            ),
            hours(
                "بدأت الغارات أول الليل من الخميس",
                "أول الليل من الخميس",
                "2022-01-20T20:00:00",
                "2022-01-20T22:00:00",
            ),
            hours(
                "قصف الطيران القرية يوم الاثنين 8 صباحا",
                "يوم الاثنين 8 صباحا",
                "2022-01-24T08:00:00",
                "2022-01-24T09:00:00",
            ),
            hours(
                "استؤنفت المفاوضات بعد الاستراحة وقت الغداء",
                "وقت الغداء",
                "2022-01-25T12:00:00",
                "2022-01-25T13:00:00",
            ),
            hours(
                "انفجرت العبوة الساعة 1 وقت الغداء",
                "الساعة 1 وقت الغداء",
                "2022-01-25T13:00:00",
                "2022-01-25T14:00:00",
            ),
            hours(
                "هدأ القصف في منتصف الصباح",
                "منتصف الصباح",
                "2022-01-25T07:00:00",
                "2022-01-25T11:00:00",
            ),
            hours(
                "تجدد القصف في أواخر المساء",
                "أواخر المساء",
                "2022-01-25T21:00:00",
                "2022-01-26T00:00:00",
            ),
            hours(
                "انسحب المسلحون يوم الخميس في الصباح الباكر",
                "يوم الخميس في الصباح الباكر",
                "2022-01-20T06:00:00",
                "2022-01-20T09:00:00",
            ),
            (
                "تراجعت الهجمات في وقت متأخر من العام الماضي",
                "وقت متأخر من العام الماضي",
                Instant,
                "2021-09-01T00:00:00",
                "2022-01-01T00:00:00",
                Some(Year),
            ),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn offsets_of_several_parts_land_on_their_finest_unit() {
    check(
        &[
            ("منذ شهر و10 أيام", "منذ شهر و10 أيام", Instant, "2021-12-15T00:00:00", "2021-12-16T00:00:00", Some(Day)),
            ("بعد أسبوعين وثلاثة أيام", "بعد أسبوعين وثلاثة أيام", Instant, "2022-02-11T00:00:00", "2022-02-12T00:00:00", Some(Day)),
            ("قبل يومين و5 ساعات", "قبل يومين و5 ساعات", Instant, "2022-01-23T05:00:00", "2022-01-23T06:00:00", Some(Hour)),
            ("عام وشهرين من الآن", "عام وشهرين من الآن", Instant, "2023-03-01T00:00:00", "2023-04-01T00:00:00", Some(Month)),
            // A fractional year has no calendar parts: the folded amount stays.
            ("منذ سنة ونصف", "منذ سنة ونصف", Instant, "2020-01-01T00:00:00", "2021-01-01T00:00:00", Some(Year)),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn days_halves_and_quarters_of_a_period() {
    check(
        &[
            ("آخر يوم من شهر رمضان", "آخر يوم من شهر رمضان", Instant, "2021-05-12T00:00:00", "2021-05-13T00:00:00", Some(Day)),
            ("في اليوم الأخير من العام الماضي", "اليوم الأخير من العام الماضي", Instant, "2021-12-31T00:00:00", "2022-01-01T00:00:00", Some(Day)),
            ("أول يوم من الشهر المقبل", "أول يوم من الشهر المقبل", Instant, "2022-02-01T00:00:00", "2022-02-02T00:00:00", Some(Day)),
            ("اليوم العاشر من رمضان", "اليوم العاشر من رمضان", Instant, "2021-04-22T00:00:00", "2021-04-23T00:00:00", Some(Day)),
            ("ثالث يوم من الشهر المقبل", "ثالث يوم من الشهر المقبل", Instant, "2022-02-03T00:00:00", "2022-02-04T00:00:00", Some(Day)),
            ("في غرة شهر شوال", "غرة شهر شوال", Instant, "2021-05-13T00:00:00", "2021-05-14T00:00:00", Some(Day)),
            ("العشر الأواخر من رمضان", "العشر الأواخر من رمضان", Instant, "2021-05-03T00:00:00", "2021-05-13T00:00:00", Some(Month)),
            ("السنة الهجرية 1445", "السنة الهجرية 1445", Instant, "2023-07-19T00:00:00", "2024-07-07T00:00:00", Some(Year)),
            ("اليوم الأول من رمضان", "اليوم الأول من رمضان", Instant, "2021-04-13T00:00:00", "2021-04-14T00:00:00", Some(Day)),
            ("الربع الثالث من عام 2016", "الربع الثالث من عام 2016", Instant, "2016-07-01T00:00:00", "2016-10-01T00:00:00", Some(Month)),
            ("خلال الربع الأخير من العام الماضي", "الربع الأخير من العام الماضي", Instant, "2021-10-01T00:00:00", "2022-01-01T00:00:00", Some(Month)),
            ("الربع الثالث من ألفين وعشرين", "الربع الثالث من ألفين وعشرين", Instant, "2020-07-01T00:00:00", "2020-10-01T00:00:00", Some(Month)),
            ("بنهاية النصف الأول 2015", "نهاية النصف الأول 2015", Instant, "2015-05-01T00:00:00", "2015-07-01T00:00:00", Some(Month)),
            ("في النصف الأول من العام", "النصف الأول من العام", Instant, "2022-01-01T00:00:00", "2022-07-01T00:00:00", Some(Month)),
            ("النصف الثاني من الشهر", "النصف الثاني من الشهر", Instant, "2022-01-16T00:00:00", "2022-02-01T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
    // Day one of an event stays an event day.
    let (_, m) = one("في اليوم الأول للهجوم", Some(REFERENCE), Prefer::Past);
    assert_eq!(m.event_day, Some(1));
}

#[test]
#[rustfmt::skip]
fn decades_and_hijri_years_relative_to_the_reference() {
    check(
        &[
            ("خلال العقد الماضي", "العقد الماضي", Instant, "2010-01-01T00:00:00", "2020-01-01T00:00:00", Some(Year)),
            ("العقد المقبل", "العقد المقبل", Instant, "2030-01-01T00:00:00", "2040-01-01T00:00:00", Some(Year)),
            // 1443 AH ran from 9 August 2021 to 29 July 2022 (Umm al-Qura).
            ("العام الهجري المقبل", "العام الهجري المقبل", Instant, "2022-07-30T00:00:00", "2023-07-19T00:00:00", Some(Year)),
            ("مطلع العام الهجري المقبل", "مطلع العام الهجري المقبل", Instant, "2022-07-30T00:00:00", "2022-11-30T00:00:00", Some(Year)),
            ("السنة الهجرية الماضية", "السنة الهجرية الماضية", Instant, "2020-08-20T00:00:00", "2021-08-09T00:00:00", Some(Year)),
            ("بعد سنة هجرية", "بعد سنة هجرية", Instant, "2022-07-30T00:00:00", "2023-07-19T00:00:00", Some(Year)),
            // A year with no era marker within two of the reference's Hijri year and
            // centuries from its Gregorian one is Hijri; others stay Gregorian.
            ("خلال عام 1443", "عام 1443", Instant, "2021-08-09T00:00:00", "2022-07-30T00:00:00", Some(Year)),
            ("في عام 1300", "عام 1300", Instant, "1300-01-01T00:00:00", "1301-01-01T00:00:00", Some(Year)),
            ("في عام 1948", "عام 1948", Instant, "1948-01-01T00:00:00", "1949-01-01T00:00:00", Some(Year)),
        ],
        Prefer::Past,
    );
    // `عقد` is also "held" and "contract": no decade.
    assert!(run("عقد الاجتماع أمس", Some(REFERENCE), Prefer::Past).iter().all(|(t, _)| t != "عقد"));
    assert!(run("وقع هذا العقد مع النادي", Some(REFERENCE), Prefer::Past).is_empty());
    assert!(run("ينتهي العقد الحالي للاعب", Some(REFERENCE), Prefer::Past).is_empty());
}

#[test]
#[rustfmt::skip]
fn seasons_before_or_after_the_current_one_and_last_decades() {
    check(
        &[
            ("الصيف الماضي", "الصيف الماضي", Instant, "2021-06-01T00:00:00", "2021-09-01T00:00:00", Some(Month)),
            ("الشتاء الماضي", "الشتاء الماضي", Instant, "2020-12-01T00:00:00", "2021-03-01T00:00:00", Some(Month)),
            ("الربيع المقبل", "الربيع المقبل", Instant, "2022-03-01T00:00:00", "2022-06-01T00:00:00", Some(Month)),
            ("خلال العقدين الماضيين", "العقدين الماضيين", Interval, "2002-01-25T10:30:00", "2022-01-25T10:30:00", Some(Year)),
            ("في السنوات العشر الأخيرة", "السنوات العشر الأخيرة", Interval, "2012-01-25T10:30:00", "2022-01-25T10:30:00", Some(Year)),
            ("في العقود الثلاثة المقبلة", "العقود الثلاثة المقبلة", Interval, "2022-01-25T10:30:00", "2052-01-25T10:30:00", Some(Year)),
        ],
        Prefer::Past,
    );
    assert!(run("الربيع العربي", Some(REFERENCE), Prefer::Past).is_empty());
}

#[test]
#[rustfmt::skip]
fn offsets_from_a_named_day() {
    check(
        &[
            ("بعد ثلاثة أيام من 5 حزيران", "بعد ثلاثة أيام من 5 حزيران", Instant, "2021-06-08T00:00:00", "2021-06-09T00:00:00", Some(Day)),
            ("قبل أسبوع من 20 آذار 2021", "قبل أسبوع من 20 آذار 2021", Instant, "2021-03-13T00:00:00", "2021-03-14T00:00:00", Some(Day)),
            ("بعد 39 يوما من أول رجب", "بعد 39 يوما من أول رجب", Instant, "2021-03-24T00:00:00", "2021-03-25T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
    // From an event, the day is the claim layer's to find: a length only.
    let (text, m) = one("بعد يومين من الهجوم", Some(REFERENCE), Prefer::Past);
    assert_eq!((text.as_str(), m.kind), ("يومين", Duration));
}

#[test]
#[rustfmt::skip]
fn month_and_year_in_figures_and_intervals_up_to_a_day() {
    check(
        &[
            ("في 2015/3", "2015/3", Instant, "2015-03-01T00:00:00", "2015-04-01T00:00:00", Some(Month)),
            ("في 15 / 3 / 2021", "15 / 3 / 2021", Instant, "2021-03-15T00:00:00", "2021-03-16T00:00:00", Some(Day)),
            ("في 03-2015", "03-2015", Instant, "2015-03-01T00:00:00", "2015-04-01T00:00:00", Some(Month)),
            ("هذا يوم الجمعة", "هذا يوم الجمعة", Instant, "2022-01-28T00:00:00", "2022-01-29T00:00:00", Some(Day)),
            // Read from the past, 22 October is last year's, but an interval from today
            // runs forward to the next one.
            ("الأسبوع الماضي بين الجمعة والأحد", "الأسبوع الماضي بين الجمعة والأحد", Interval, "2022-01-21T00:00:00", "2022-01-24T00:00:00", Some(Day)),
            ("هذا الأسبوع من الثلاثاء إلى الخميس", "هذا الأسبوع من الثلاثاء إلى الخميس", Interval, "2022-01-25T00:00:00", "2022-01-28T00:00:00", Some(Day)),
            ("من اليوم حتى 22 أكتوبر", "من اليوم حتى 22 أكتوبر", Interval, "2022-01-25T00:00:00", "2022-10-23T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
    assert!(run("رقم 12/2021/5", Some(REFERENCE), Prefer::Past).is_empty());
}

#[test]
#[rustfmt::skip]
fn months_by_number_word_and_postposed_demonstratives() {
    check(
        &[
            ("في شهر تسعة", "شهر تسعة", Instant, "2021-09-01T00:00:00", "2021-10-01T00:00:00", Some(Month)),
            ("شهر تسعة القادم", "شهر تسعة القادم", Instant, "2022-09-01T00:00:00", "2022-10-01T00:00:00", Some(Month)),
            ("الشهر هذا", "الشهر هذا", Instant, "2022-01-01T00:00:00", "2022-02-01T00:00:00", Some(Month)),
        ],
        Prefer::Past,
    );
    // A length, not a month: the number is joined by `و` or counts the next unit.
    let (text, m) = one("شهر وثلاثة أيام", Some(REFERENCE), Prefer::Past);
    assert_eq!((text.as_str(), m.kind), ("شهر وثلاثة أيام", Duration));
    assert!(run("شهد العام هذا التحول", Some(REFERENCE), Prefer::Past).is_empty());
}

#[test]
#[rustfmt::skip]
fn weekends_and_spoken_shifts() {
    check(
        &[
            // Friday and Saturday; bare, the last one when reading the past.
            ("خلال عطلة نهاية الأسبوع", "عطلة نهاية الأسبوع", Instant, "2022-01-21T00:00:00", "2022-01-23T00:00:00", Some(Day)),
            ("عطلة نهاية الأسبوع المقبل", "عطلة نهاية الأسبوع المقبل", Instant, "2022-02-04T00:00:00", "2022-02-06T00:00:00", Some(Day)),
            ("السنة اللي بعد الجاي", "السنة اللي بعد الجاي", Instant, "2024-01-01T00:00:00", "2025-01-01T00:00:00", Some(Year)),
        ],
        Prefer::Past,
    );
    assert!(run("عطلة رسمية", Some(REFERENCE), Prefer::Past).is_empty());
}

#[test]
#[rustfmt::skip]
fn parts_of_the_current_period_and_of_decades() {
    check(
        &[
            ("منذ بداية العام", "منذ بداية العام", Interval, "2022-01-01T00:00:00", "-", Some(Year)),
            ("حتى نهاية الشهر", "حتى نهاية الشهر", Interval, "-", "2022-02-01T00:00:00", Some(Month)),
            ("في الأسبوع الثاني من الشهر", "الأسبوع الثاني من الشهر", Instant, "2022-01-08T00:00:00", "2022-01-15T00:00:00", Some(Week)),
            ("في الثلث الأخير من الشهر", "الثلث الأخير من الشهر", Instant, "2022-01-21T00:00:00", "2022-02-01T00:00:00", Some(Day)),
            ("أواخر التسعينيات", "أواخر التسعينيات", Instant, "1997-01-01T00:00:00", "2000-01-01T00:00:00", Some(Year)),
        ],
        Prefer::Past,
    );
    assert!(run("في نهاية المطاف", Some(REFERENCE), Prefer::Past).is_empty());
}

#[test]
#[rustfmt::skip]
fn two_days_months_or_years_named_together() {
    check(
        &[
            ("في مارس آذار 2020", "مارس آذار 2020", Instant, "2020-03-01T00:00:00", "2020-04-01T00:00:00", Some(Month)),
            ("في 15 و16 مارس", "15 و16 مارس", Interval, "2021-03-15T00:00:00", "2021-03-17T00:00:00", Some(Day)),
            ("خلال شهري آب وأيلول", "شهري آب وأيلول", Interval, "2021-08-01T00:00:00", "2021-10-01T00:00:00", Some(Month)),
            ("بين شهري يناير ومارس", "بين شهري يناير ومارس", Interval, "2022-01-01T00:00:00", "2022-04-01T00:00:00", Some(Month)),
            ("خلال عامي 2019 و2020", "عامي 2019 و2020", Interval, "2019-01-01T00:00:00", "2021-01-01T00:00:00", Some(Year)),
        ],
        Prefer::Past,
    );
    assert!(run("راتب شهري 500 دولار", Some(REFERENCE), Prefer::Past).is_empty());
    // Two days apart are two dates, not the span between them.
    let found = run("في 5 و20 مارس", Some(REFERENCE), Prefer::Past);
    assert!(found.iter().all(|(_, m)| m.kind == Instant), "{found:#?}");
}

#[test]
#[rustfmt::skip]
fn a_day_and_month_moved_by_a_shift_word() {
    check(
        &[
            ("في السابع من أكتوبر الماضي", "السابع من أكتوبر الماضي", Instant, "2021-10-07T00:00:00", "2021-10-08T00:00:00", Some(Day)),
            // 20 January 2023 is the first one ahead that is a Friday.
            ("الجمعة 20 يناير", "الجمعة 20 يناير", Instant, "2023-01-20T00:00:00", "2023-01-21T00:00:00", Some(Day)),
            ("في 3 آذار المقبل", "3 آذار المقبل", Instant, "2022-03-03T00:00:00", "2022-03-04T00:00:00", Some(Day)),
            ("شتاء 2021-2022", "شتاء 2021-2022", Instant, "2021-12-01T00:00:00", "2022-03-01T00:00:00", Some(Month)),
        ],
        Prefer::Future,
    );
}

#[test]
fn the_weekday_picks_the_year_of_a_day_and_month() {
    // 20 January 2022 was a Thursday; 20 January 2021 a Wednesday.
    let (_, m) = one("الأربعاء 20 يناير", Some(REFERENCE), Prefer::Past);
    assert_eq!(show(m.start), "2021-01-20T00:00:00");
    let (_, m) = one("الخميس 20 يناير", Some(REFERENCE), Prefer::Past);
    assert_eq!(show(m.start), "2022-01-20T00:00:00");
    // Read from the future, 6 August 2022 is a Saturday: the Friday is 2021's.
    let (_, m) = one("الجمعة 6 آب", Some("2021-09-01T10:00:00"), Prefer::Future);
    assert_eq!(show(m.start), "2021-08-06T00:00:00");
}

#[test]
#[rustfmt::skip]
fn as_of_a_day_is_an_interval_open_at_its_end() {
    check(
        &[
            ("سيغلق ابتداء من 1/1/2016", "ابتداء من 1/1/2016", Interval, "2016-01-01T00:00:00", "-", Some(Day)),
            ("اعتبارا من يوم الأحد المقبل", "اعتبارا من يوم الأحد المقبل", Interval, "2022-01-30T00:00:00", "-", Some(Day)),
            ("بدءا من الشهر المقبل", "بدءا من الشهر المقبل", Interval, "2022-02-01T00:00:00", "-", Some(Month)),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn english_halves_quarters_and_weekends() {
    check(
        &[
            ("in the first half of 2022", "first half of 2022", Instant, "2022-01-01T00:00:00", "2022-07-01T00:00:00", Some(Month)),
            ("the last quarter of last year", "last quarter of last year", Instant, "2021-10-01T00:00:00", "2022-01-01T00:00:00", Some(Month)),
            ("the first day of March", "first day of March", Instant, "2021-03-01T00:00:00", "2021-03-02T00:00:00", Some(Day)),
            ("last weekend", "last weekend", Instant, "2022-01-21T00:00:00", "2022-01-23T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn a_relative_day_and_the_weekday_or_date_beside_it_are_one_day() {
    check(
        &[
            ("تعقد الجولة غداً الأربعاء في جنيف", "غداً الأربعاء", Instant, "2022-01-26T00:00:00", "2022-01-27T00:00:00", Some(Day)),
            ("قتل ثلاثة مدنيين أمس الاثنين", "أمس الاثنين", Instant, "2022-01-24T00:00:00", "2022-01-25T00:00:00", Some(Day)),
            ("وصل الوفد الأحد أول أمس", "الأحد أول أمس", Instant, "2022-01-23T00:00:00", "2022-01-24T00:00:00", Some(Day)),
            ("أعلن الجيش أمس 24 كانون الثاني", "أمس 24 كانون الثاني", Instant, "2022-01-24T00:00:00", "2022-01-25T00:00:00", Some(Day)),
            // A report dated a day late: the weekday named is the day meant.
            ("أغارت الطائرات أمس الأحد", "أمس الأحد", Instant, "2022-01-23T00:00:00", "2022-01-24T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
    // A count after a relative day is no day of the month.
    let found = run("قتل أمس 6 أشخاص", Some(REFERENCE), Prefer::Past);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "أمس");
}

#[test]
#[rustfmt::skip]
fn a_few_units_ago_is_a_window() {
    check(
        &[
            ("قصفت المدينة قبل بضعة أيام", "قبل بضعة أيام", Instant, "2022-01-16T00:00:00", "2022-01-23T00:00:00", Some(Day)),
            ("دعت الأمم المتحدة، قبل أيام قليلة، إلى هدنة", "قبل أيام قليلة", Instant, "2022-01-16T00:00:00", "2022-01-23T00:00:00", Some(Day)),
            ("سقطت القذيفة قبل ساعات", "قبل ساعات", Instant, "2022-01-25T01:00:00", "2022-01-25T08:00:00", Some(Hour)),
            ("نزح السكان قبل عدة أشهر", "قبل عدة أشهر", Instant, "2021-04-01T00:00:00", "2021-11-01T00:00:00", Some(Month)),
        ],
        Prefer::Past,
    );
    // `منذ أيام` may mean "for days", and `قبل ساعات من` counts from an event: lengths.
    for text in ["يحاصر الجيش البلدة منذ أيام", "انسحبوا قبل ساعات من الهجوم"] {
        let (_, m) = one(text, Some(REFERENCE), Prefer::Past);
        assert_eq!(m.kind, Duration, "{text}");
    }
}

#[test]
#[rustfmt::skip]
fn a_weekday_and_a_rank_up_to_the_fifth_count_in_a_month() {
    check(
        &[
            ("عقد الاجتماع السبت الثاني", "السبت الثاني", Instant, "2022-01-08T00:00:00", "2022-01-09T00:00:00", Some(Day)),
            ("تظاهروا في الجمعة الأولى من الشهر المقبل", "الجمعة الأولى من الشهر المقبل", Instant, "2022-02-04T00:00:00", "2022-02-05T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
    // Counted from something else: the weekday alone.
    for text in ["تظاهروا يوم الجمعة الثانية على التوالي", "الجمعة الأولى بعد العيد"] {
        let (found, _) = run(text, Some(REFERENCE), Prefer::Past).remove(0);
        assert!(found.ends_with("الجمعة"), "{text}: {found}");
    }
}

#[test]
#[rustfmt::skip]
fn a_weekday_then_a_masculine_rank_of_a_named_month_is_a_date() {
    check(
        &[
            ("وقعت حالتا غرق يوم الأحد الثالث من شوال 1436", "يوم الأحد الثالث من شوال 1436", Instant, "2015-07-19T00:00:00", "2015-07-20T00:00:00", Some(Day)),
            ("تقام المباراة يوم الأحد الثاني من آب 2015", "يوم الأحد الثاني من آب 2015", Instant, "2015-08-02T00:00:00", "2015-08-03T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn the_last_or_next_few_units_reach_nine_of_them() {
    check(
        &[
            ("اعتقلت خلال الأيام القليلة الماضية ثلاثة", "الأيام القليلة الماضية", Interval, "2022-01-16T10:30:00", "2022-01-25T10:30:00", Some(Day)),
            ("تصاعد العنف في الأيام الأخيرة", "الأيام الأخيرة", Interval, "2022-01-16T10:30:00", "2022-01-25T10:30:00", Some(Day)),
            ("خلال الساعات المقبلة", "الساعات المقبلة", Interval, "2022-01-25T10:30:00", "2022-01-25T19:30:00", Some(Hour)),
            ("في الأسابيع العديدة المقبلة", "الأسابيع العديدة المقبلة", Interval, "2022-01-25T10:30:00", "2022-03-29T10:30:00", Some(Week)),
            ("on the past few days", "past few days", Interval, "2022-01-16T10:30:00", "2022-01-25T10:30:00", Some(Day)),
            ("in recent months", "recent months", Interval, "2021-04-25T10:30:00", "2022-01-25T10:30:00", Some(Month)),
        ],
        Prefer::Past,
    );
    // The end of another period, or a counted phrase that is not the reference's.
    // (`الأيام الأخيرة من رمضان` is the end of Ramadan: `first_or_last_units_of_a_longer_period`.)
    for input in ["السنوات الأخيرة للحرب", "the last days of the war", "its last weeks"] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
}

#[test]
#[rustfmt::skip]
fn later_or_earlier_in_the_current_period_is_what_remains_or_passed_of_it() {
    check(
        &[
            ("ستعقد القمة في وقت لاحق من هذا الشهر", "وقت لاحق من هذا الشهر", Instant, "2022-01-25T10:30:00", "2022-02-01T00:00:00", Some(Month)),
            ("يصل الوفد لاحقا في هذا الأسبوع", "لاحقا في هذا الأسبوع", Instant, "2022-01-25T10:30:00", "2022-01-30T00:00:00", Some(Week)),
            ("سيعلن في وقت لاحق من اليوم", "وقت لاحق من اليوم", Instant, "2022-01-25T10:30:00", "2022-01-26T00:00:00", Some(Day)),
            ("elections due later this year", "later this year", Instant, "2022-01-25T10:30:00", "2023-01-01T00:00:00", Some(Year)),
            // Earlier in it: what passed of it by the reference.
            ("أعلن في وقت سابق من هذا الشهر", "وقت سابق من هذا الشهر", Instant, "2022-01-01T00:00:00", "2022-01-25T10:30:00", Some(Month)),
            ("said earlier today", "earlier today", Instant, "2022-01-25T00:00:00", "2022-01-25T10:30:00", Some(Day)),
            // Later in a past year is that year, not what remains of the current one.
            ("في وقت لاحق من العام الماضي", "العام الماضي", Instant, "2021-01-01T00:00:00", "2022-01-01T00:00:00", Some(Year)),
        ],
        Prefer::Past,
    );
    for input in ["سيعلن عن النتائج لاحقا", "في وقت لاحق", "في وقت سابق", "later, he said", "earlier, he said"] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
}

#[test]
fn months_before_or_after_a_named_month() {
    check(
        &[
            (
                "أعلنت الهدنة بعد ثلاثة أشهر من شهر محرم 1443",
                "بعد ثلاثة أشهر من شهر محرم 1443",
                Instant,
                "2021-11-06T00:00:00",
                "2021-12-05T00:00:00",
                Some(Month),
            ),
            (
                "بدأ الحصار قبل شهرين من آذار 2020",
                "قبل شهرين من آذار 2020",
                Instant,
                "2020-01-01T00:00:00",
                "2020-02-01T00:00:00",
                Some(Month),
            ),
            (
                "عاد النازحون بعد عام من رمضان 1442",
                "بعد عام من رمضان 1442",
                Instant,
                "2022-04-02T00:00:00",
                "2022-05-02T00:00:00",
                Some(Month),
            ),
        ],
        Prefer::Past,
    );
    // An event is no named month: the length stays a duration for the claim layer.
    let found = run(
        "انسحبت القوات بعد ثلاثة أشهر من الهجوم",
        Some(REFERENCE),
        Prefer::Past,
    );
    assert!(found.iter().all(|(_, m)| m.kind == Duration), "{found:?}");
}

#[test]
fn a_month_after_the_next_one() {
    check(
        &[
            (
                "تنتهي المهلة في أكتوبر بعد التالي",
                "أكتوبر بعد التالي",
                Instant,
                "2023-10-01T00:00:00",
                "2023-11-01T00:00:00",
                Some(Month),
            ),
            (
                "تجري الانتخابات في أيار بعد المقبل",
                "أيار بعد المقبل",
                Instant,
                "2023-05-01T00:00:00",
                "2023-06-01T00:00:00",
                Some(Month),
            ),
        ],
        Prefer::Future,
    );
}

#[test]
fn this_very_day_moved_by_whole_units() {
    check(
        &[
            (
                "في مثل هذا اليوم قبل عام سقطت المدينة",
                "هذا اليوم قبل عام",
                Instant,
                "2021-01-25T00:00:00",
                "2021-01-26T00:00:00",
                Some(Day),
            ),
            (
                "تنتهي المهلة في مثل هذا الوقت بعد أسبوعين",
                "هذا الوقت بعد أسبوعين",
                Instant,
                "2022-02-08T00:00:00",
                "2022-02-09T00:00:00",
                Some(Day),
            ),
            (
                "في هذا التاريخ قبل ثلاث سنوات بدأ الحصار",
                "هذا التاريخ قبل ثلاث سنوات",
                Instant,
                "2019-01-25T00:00:00",
                "2019-01-26T00:00:00",
                Some(Day),
            ),
            // An event after `بعد` is no length: `هذا اليوم` stays today.
            (
                "احتفل السكان في هذا اليوم بعد الانتصار",
                "هذا اليوم",
                Instant,
                "2022-01-25T00:00:00",
                "2022-01-26T00:00:00",
                Some(Day),
            ),
        ],
        Prefer::Past,
    );
}

#[test]
fn this_very_day_then_a_weekday_reads_the_weekday() {
    let found = run(
        "هذا الوقت بعد أسبوعين يوم الأربعاء",
        Some(REFERENCE),
        Prefer::Future,
    );
    assert!(
        found.iter().all(|(text, _)| !text.starts_with("هذا")),
        "{found:?}"
    );
}

#[test]
#[rustfmt::skip]
fn early_spoken_and_clause_final_years() {
    check(
        &[
            ("بنيت القلعة عام 762 ميلادي", "عام 762 ميلادي", Instant, "0762-01-01T00:00:00", "0763-01-01T00:00:00", Some(Year)),
            ("دمرت المدينة سنة ستمائة وخمسين", "سنة ستمائة وخمسين", Instant, "0650-01-01T00:00:00", "0651-01-01T00:00:00", Some(Year)),
            ("اندلعت الحرب عام تسعة عشر سبعة وستين", "عام تسعة عشر سبعة وستين", Instant, "1967-01-01T00:00:00", "1968-01-01T00:00:00", Some(Year)),
            ("وقعت المجزرة في أيلول من عام تسعة عشر واثنين وثمانين", "أيلول من عام تسعة عشر واثنين وثمانين", Instant, "1982-09-01T00:00:00", "1982-10-01T00:00:00", Some(Month)),
            ("دخلت القوات المدينة في ألف وتسعمائة وثمانية وأربعين.", "ألف وتسعمائة وثمانية وأربعين", Instant, "1948-01-01T00:00:00", "1949-01-01T00:00:00", Some(Year)),
        ],
        Prefer::Past,
    );
    for input in [
        // A year before the Christian era is not read as one after it.
        "سقطت المدينة عام 586 قبل الميلاد",
        "يعود الموقع إلى العام 1200 قبل الميلاد",
        // A count after `العام`, and a number in words before a noun.
        "سجلت هذا العام 282 حالة",
        "دمرت الغارات في ألفين منزل",
    ] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        // Only `هذا العام` (2022) may be found.
        let old_years = found.iter().filter(|(_, m)| m.start.is_some_and(|s| s.year() < 2022));
        assert_eq!(old_years.count(), 0, "{input:?}: {found:#?}");
    }
}

#[test]
#[rustfmt::skip]
fn ranges_closed_by_ila_after_bayna_and_shifted_months() {
    check(
        &[
            ("تعقد الجولة ما بين 3 إلى 5 فبراير 2021", "بين 3 إلى 5 فبراير 2021", Interval, "2021-02-03T00:00:00", "2021-02-06T00:00:00", Some(Day)),
            ("يقام المؤتمر يومي 7 إلى 8 أكتوبر 2021", "يومي 7 إلى 8 أكتوبر 2021", Interval, "2021-10-07T00:00:00", "2021-10-09T00:00:00", Some(Day)),
            ("قصفت المدينة ما بين 2014 إلى 2016", "بين 2014 إلى 2016", Interval, "2014-01-01T00:00:00", "2017-01-01T00:00:00", Some(Year)),
            // Both days take the shift of the month named once.
            ("تجري الانتخابات من 3 إلى 4 أغسطس المقبل", "من 3 إلى 4 أغسطس المقبل", Interval, "2022-08-03T00:00:00", "2022-08-05T00:00:00", Some(Day)),
            ("تستمر الهدنة يومي 25 و26 مارس المقبل", "يومي 25 و26 مارس المقبل", Interval, "2022-03-25T00:00:00", "2022-03-27T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
    check(
        &[
            ("تقام البطولة في الدوحة 22 إلى 30 أغسطس 2021", "22 إلى 30 أغسطس 2021", Interval, "2021-08-22T00:00:00", "2021-08-31T00:00:00", Some(Day)),
            ("الموافق 4 حتى 6 من الشهر الجاري", "4 حتى 6 من الشهر الجاري", Interval, "2022-01-04T00:00:00", "2022-01-07T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
    // The month of a date in figures is no day; a count before `حتى` is no start.
    let (found, _) = one("ارتفع العدد إلى 25 حتى 23 مارس", Some(REFERENCE), Prefer::Past);
    assert_eq!(found, "حتى 23 مارس");
    // A range of counts after `بين` is no date, nor are amounts after `يتراوح`.
    assert!(run("قتل ما بين 20 إلى 30 شخصا", Some(REFERENCE), Prefer::Past).is_empty());
    assert!(run("يتراوح السعر بين 1000 و2000 ريال", Some(REFERENCE), Prefer::Past).is_empty());
    assert!(run("يتراوح عدد النازحين بين 1500 إلى 2000", Some(REFERENCE), Prefer::Past).is_empty());
}

#[test]
#[rustfmt::skip]
fn ten_days_of_a_month_counted_with_ayyam() {
    check(
        &[
            ("خلال الأيام العشرة الأولى من الشهر", "الأيام العشرة الأولى من الشهر", Instant, "2022-01-01T00:00:00", "2022-01-11T00:00:00", Some(Month)),
            ("في العشرة أيام الأخيرة من الشهر الماضي", "العشرة أيام الأخيرة من الشهر الماضي", Instant, "2021-12-21T00:00:00", "2022-01-01T00:00:00", Some(Month)),
            // Without a month after it, the last ten days count back from the reference.
            ("قتل 40 شخصا خلال الأيام العشرة الأخيرة", "الأيام العشرة الأخيرة", Interval, "2022-01-15T10:30:00", "2022-01-25T10:30:00", Some(Day)),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn first_or_last_week_named_before_the_word_week() {
    check(
        &[
            ("تبدأ الحملة في أول أسبوع من مارس 2022", "أول أسبوع من مارس 2022", Instant, "2022-03-01T00:00:00", "2022-03-08T00:00:00", Some(Week)),
            ("قتل خلال آخر أسبوع من الشهر الماضي", "آخر أسبوع من الشهر الماضي", Instant, "2021-12-25T00:00:00", "2022-01-01T00:00:00", Some(Week)),
        ],
        Prefer::Past,
    );
    // The first week of an event has no date.
    let found = run("في أول أسبوع من الحرب", Some(REFERENCE), Prefer::Past);
    assert!(found.iter().all(|(_, m)| m.start.is_none()), "{found:#?}");
}

#[test]
#[rustfmt::skip]
fn month_names_that_are_words_inside_a_range_of_months() {
    check(
        &[
            ("خلال الفترة من يناير إلى مارس 2021", "من يناير إلى مارس 2021", Interval, "2021-01-01T00:00:00", "2021-04-01T00:00:00", Some(Month)),
            ("نزح الآلاف من مارس وحتى ديسمبر 2020", "من مارس وحتى ديسمبر 2020", Interval, "2020-03-01T00:00:00", "2021-01-01T00:00:00", Some(Month)),
            ("ارتفعت الصادرات خلال شهري يونيو - يوليو 2021", "يونيو - يوليو 2021", Interval, "2021-06-01T00:00:00", "2021-08-01T00:00:00", Some(Month)),
            ("نزح الآلاف في سبتمبر-نوفمبر من العام الماضي", "سبتمبر-نوفمبر من العام الماضي", Interval, "2021-09-01T00:00:00", "2021-12-01T00:00:00", Some(Month)),
            ("تجري المرحلة الثانية في حزيران - تموز 2021", "حزيران - تموز 2021", Interval, "2021-06-01T00:00:00", "2021-08-01T00:00:00", Some(Month)),
            ("تصاعد القصف بين مارس ومايو الماضي", "بين مارس ومايو الماضي", Interval, "2021-03-01T00:00:00", "2021-06-01T00:00:00", Some(Month)),
        ],
        Prefer::Past,
    );
    // `مارس` (also "practised") is a month before `من العام`.
    let (found, m) = one("قتل في مارس من العام الماضي", Some(REFERENCE), Prefer::Past);
    assert_eq!((found.as_str(), show(m.start)), ("مارس من العام الماضي", "2021-03-01T00:00:00".into()));
    // Two namings of one month joined by a dash stay one month.
    let (_, m) = one("في 12 تموز - يوليو 2006", Some(REFERENCE), Prefer::Past);
    assert_eq!((m.kind, show(m.start)), (Instant, "2006-07-12T00:00:00".into()));
    for input in ["من مارس العنف إلى أن مات", "صيام الست من شوال لرمضان"] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.iter().all(|(_, m)| m.kind != Interval), "{input:?}: {found:#?}");
    }
}

#[test]
#[rustfmt::skip]
fn first_or_last_units_of_a_longer_period() {
    check(
        &[
            // Not `الأولى من أغسطس`, the first of August.
            ("نزح الآلاف في الأيام الأولى من أغسطس 2021", "الأيام الأولى من أغسطس 2021", Instant, "2021-08-01T00:00:00", "2021-08-11T00:00:00", Some(Month)),
            ("قتل في الأيام الأخيرة من رمضان", "الأيام الأخيرة من رمضان", Instant, "2021-05-03T00:00:00", "2021-05-13T00:00:00", Some(Month)),
            ("اشتدت المعارك في الأيام الأخيرة من الشهر الماضي", "الأيام الأخيرة من الشهر الماضي", Instant, "2021-12-21T00:00:00", "2022-01-01T00:00:00", Some(Month)),
            ("بلغت الصادرات خلال الأشهر السبعة الأولى من العام الماضي", "الأشهر السبعة الأولى من العام الماضي", Instant, "2021-01-01T00:00:00", "2021-08-01T00:00:00", Some(Month)),
            ("ارتفع عدد الضحايا في الأشهر الثلاثة الأخيرة من 2020", "الأشهر الثلاثة الأخيرة من 2020", Instant, "2020-10-01T00:00:00", "2021-01-01T00:00:00", Some(Month)),
            ("تراجعت الهجمات في الأشهر الأولى من عام 2021", "الأشهر الأولى من عام 2021", Instant, "2021-01-01T00:00:00", "2021-05-01T00:00:00", Some(Year)),
        ],
        Prefer::Past,
    );
    // The first days or months of an event have no date.
    assert!(run("في الأيام الأولى من الحرب", Some(REFERENCE), Prefer::Past).is_empty());
    assert!(run("في الأشهر الثلاثة الأولى من الحرب", Some(REFERENCE), Prefer::Past).is_empty());
    // Without a period after it, the last six months count back from the reference.
    let (_, m) = one("خلال الأشهر الستة الأخيرة", Some(REFERENCE), Prefer::Past);
    assert_eq!(m.kind, Interval);
}

#[test]
#[rustfmt::skip]
fn centuries_named_or_relative_to_the_reference() {
    check(
        &[
            ("شهدت المنطقة حروبا خلال القرن الماضي", "القرن الماضي", Instant, "1900-01-01T00:00:00", "2000-01-01T00:00:00", Some(Year)),
            ("بني المسجد في القرن السابع عشر الميلادي", "القرن السابع عشر الميلادي", Instant, "1600-01-01T00:00:00", "1700-01-01T00:00:00", Some(Year)),
            ("أكبر موجة نزوح في القرن الحادي والعشرين", "القرن الحادي والعشرين", Instant, "2000-01-01T00:00:00", "2100-01-01T00:00:00", Some(Year)),
            ("هاجر أجداده في مطلع القرن العشرين", "مطلع القرن العشرين", Instant, "1900-01-01T00:00:00", "1930-01-01T00:00:00", Some(Year)),
            ("هاجر الآلاف أواخر الخمسينيات من القرن الماضي", "أواخر الخمسينيات من القرن الماضي", Instant, "1957-01-01T00:00:00", "1960-01-01T00:00:00", Some(Year)),
            ("أسوأ كارثة في هذا القرن", "هذا القرن", Instant, "2000-01-01T00:00:00", "2100-01-01T00:00:00", Some(Year)),
        ],
        Prefer::Past,
    );
    for input in [
        "تصاعد التوتر في منطقة القرن الأفريقي",
        "توفي في القرن الرابع عشر الهجري",
        "بنيت المدينة في القرن الخامس قبل الميلاد",
    ] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
}

#[test]
fn month_names_that_name_a_thing_and_ranks_that_are_no_month() {
    for input in [
        "أعلنت شركة نيسان عن خفض الإنتاج",
        "تطور «نيسان» جيلا جديدا من السيارات",
        "سجلت عمليات الاستحواذ هذا الشهر سابع أعلى مستوى",
    ] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        let months: Vec<_> = found
            .iter()
            .filter(|(_, m)| m.start.is_some_and(|s| s.month() != 1))
            .collect();
        assert!(months.is_empty(), "{input:?}: {found:#?}");
    }
    // A quoted month beside a month word or a shift word is still one.
    let found = run(
        "تراجعت خلال شهر \"يوليو\" الماضي",
        Some(REFERENCE),
        Prefer::Past,
    );
    assert!(
        found
            .iter()
            .any(|(_, m)| show(m.start) == "2021-07-01T00:00:00"),
        "{found:#?}"
    );
}

#[test]
fn a_decade_of_someone_s_age_is_no_date() {
    for input in [
        "فجر انتحاري في العشرينيات من عمره نفسه",
        "أصيبت امرأة في الثلاثينيات من العمر",
        "a gunman in his twenties",
    ] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
}

#[test]
fn bakra_before_abihi_or_a_sport_is_no_tomorrow() {
    for input in [
        "خرج أهل القرية عن بكرة أبيهم",
        "لا علاقة له بكرة القدم",
        "سجل المهاجم الهدف بكرة رأسية",
    ] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
    let (_, m) = one("نلتقي بكرة الساعة 5", Some(REFERENCE), Prefer::Past);
    assert_eq!(show(m.start), "2022-01-26T05:00:00");
    let (_, m) = one("نلتقي بكرة", Some(REFERENCE), Prefer::Past);
    assert_eq!(show(m.start), "2022-01-26T00:00:00");
}

#[test]
#[rustfmt::skip]
fn two_bare_numbers_before_a_named_day_are_its_hours() {
    check(
        &[
            ("يفتح المعبر من 8 إلى 14 من يوم 27 كانون الثاني", "من 8 إلى 14 من يوم 27 كانون الثاني", Interval, "2022-01-27T08:00:00", "2022-01-27T14:00:00", Some(Hour)),
            ("تتوقف الكهرباء من 9 الى 11 من 3/2/2022", "من 9 الى 11 من 3/2/2022", Interval, "2022-02-03T09:00:00", "2022-02-03T11:00:00", Some(Hour)),
            ("حظر التجول من 6 حتى 18 من الأحد المقبل", "من 6 حتى 18 من الأحد المقبل", Interval, "2022-01-30T06:00:00", "2022-01-30T18:00:00", Some(Hour)),
            // Cardinal words joined by `الي` are hours when a part of the day follows.
            ("تفتح المراكز من اثنين إلى خمسة مساء", "من اثنين إلى خمسة مساء", Interval, "2022-01-25T14:00:00", "2022-01-25T17:00:00", Some(Hour)),
            // A range of days before a month stays days.
            ("تعقد الدورة من 13 إلى 15 شباط", "من 13 إلى 15 شباط", Interval, "2022-02-13T00:00:00", "2022-02-16T00:00:00", Some(Day)),
        ],
        Prefer::Future,
    );
    for input in ["ارتفعت النسبة من 5 إلى 6 في المئة", "ارتفع العدد من 5 إلى 6 قتلى", "ارتفع العدد من خمسة إلى سبعة"] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
    // Counts on a named day stay counts.
    for (input, day) in [("ارتفع عدد القتلى من 5 إلى 7 أمس", "أمس"), ("ارتفع عدد القتلى من 5 إلى 7 في 20 كانون الثاني", "20 كانون الثاني")] {
        let found: Vec<String> = run(input, Some(REFERENCE), Prefer::Past).into_iter().map(|(t, _)| t).collect();
        assert_eq!(found, [day], "{input:?}");
    }
    // A count after `إلى`: only the part of the day is a time.
    let found: Vec<String> = run("ارتفع عدد القتلى إلى خمسة وعشرين مساء", Some(REFERENCE), Prefer::Past).into_iter().map(|(t, _)| t).collect();
    assert_eq!(found, ["مساء"]);
}

#[test]
#[rustfmt::skip]
fn an_hour_and_minutes_in_cardinal_words_before_a_part_of_the_day() {
    check(
        &[
            ("دوى الانفجار ثمانية وأربعين مساء", "ثمانية وأربعين مساء", Instant, "2022-01-25T20:40:00", "2022-01-25T20:41:00", Some(Minute)),
            ("انطلقت الرحلة عشرة وخمسة وأربعين صباحا", "عشرة وخمسة وأربعين صباحا", Instant, "2022-01-25T10:45:00", "2022-01-25T10:46:00", Some(Minute)),
            ("بدأ القصف أحد عشر وعشرين ليلا", "أحد عشر وعشرين ليلا", Instant, "2022-01-25T23:20:00", "2022-01-25T23:21:00", Some(Minute)),
        ],
        Prefer::Past,
    );
    // Counts: before a day, or with no part of the day.
    let cases: &[(&str, &[&str])] = &[
        ("قتل خمسة وعشرون مساء الخميس", &["مساء الخميس"]),
        ("قتل ثمانية وأربعون شخصا صباحا", &["صباحا"]),
        ("أصيب ثمانية وأربعون", &[]),
    ];
    for &(input, allowed) in cases {
        let found: Vec<String> = run(input, Some(REFERENCE), Prefer::Past)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(found, allowed, "{input:?}");
    }
}

#[test]
#[rustfmt::skip]
fn the_end_of_one_day_is_its_evening() {
    check(
        &[
            ("تنتهي المهلة نهاية يوم الخميس", "نهاية يوم الخميس", Instant, "2022-01-20T18:00:00", "2022-01-21T00:00:00", Some(Hour)),
            ("يعلن القرار بنهاية اليوم", "نهاية اليوم", Instant, "2022-01-25T18:00:00", "2022-01-26T00:00:00", Some(Hour)),
            ("استمر التسجيل حتى نهاية يوم الخميس", "حتى نهاية يوم الخميس", Interval, "-", "2022-01-21T00:00:00", Some(Hour)),
            ("تتوقف الاشتباكات منتصف الغد", "منتصف الغد", Instant, "2022-01-26T12:00:00", "2022-01-26T13:00:00", Some(Hour)),
            // The end of a ranked day is no evening of today.
            ("انتهت المهلة في نهاية اليوم الخامس من شباط", "اليوم الخامس من شباط", Instant, "2021-02-05T00:00:00", "2021-02-06T00:00:00", Some(Day)),
            // The end of a longer period is still its last third.
            ("أواخر الأسبوع الماضي", "أواخر الأسبوع الماضي", Instant, "2022-01-20T00:00:00", "2022-01-23T00:00:00", Some(Week)),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn an_hour_before_this_morning_or_tonight_is_today_s() {
    check(
        &[
            ("وصل الوفد الثامنة والنصف هذا الصباح", "الثامنة والنصف هذا الصباح", Instant, "2022-01-25T08:30:00", "2022-01-25T08:31:00", Some(Minute)),
            ("تبدأ الجلسة العاشرة هذا المساء", "العاشرة هذا المساء", Instant, "2022-01-25T22:00:00", "2022-01-25T23:00:00", Some(Hour)),
            ("يصل الوفد 9 هذه الليلة", "9 هذه الليلة", Instant, "2022-01-25T21:00:00", "2022-01-25T22:00:00", Some(Hour)),
            ("he left at 7 this morning", "at 7 this morning", Instant, "2022-01-25T07:00:00", "2022-01-25T08:00:00", Some(Hour)),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn a_deadline_ends_with_its_day() {
    check(
        &[
            ("على القوات الانسحاب في موعد أقصاه 30 كانون الثاني", "أقصاه 30 كانون الثاني", Interval, "-", "2022-01-31T00:00:00", Some(Day)),
            ("تسلم الأسلحة في موعد نهائي أقصاه يوم الخميس المقبل", "أقصاه يوم الخميس المقبل", Interval, "-", "2022-01-28T00:00:00", Some(Day)),
            // The hours of the deadline's day are a range on it.
            ("تجرى المقابلات في موعد أقصاه يوم 27 كانون الثاني من الساعة 10 صباحا حتى الساعة 12 ظهرا", "يوم 27 كانون الثاني من الساعة 10 صباحا حتى الساعة 12 ظهرا", Interval, "2022-01-27T10:00:00", "2022-01-27T12:00:00", Some(Hour)),
        ],
        Prefer::Future,
    );
    // An amount bounded by `أقصاه` is no date.
    for input in ["بغرامة أقصاها 50 ألف ريال", "بسرعة أقصاها 120 كلم في الساعة"] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
}

#[test]
#[rustfmt::skip]
fn twelve_in_the_evening_next_to_a_night_is_midnight() {
    check(
        &[
            ("فرض حظر التجول من الساعة 12 مساء حتى السادسة صباحا", "من الساعة 12 مساء حتى السادسة صباحا", Interval, "2022-01-26T00:00:00", "2022-01-26T06:00:00", Some(Hour)),
            ("يفتح المعرض من السابعة مساء حتى 12 مساء", "من السابعة مساء حتى 12 مساء", Interval, "2022-01-25T19:00:00", "2022-01-26T00:00:00", Some(Hour)),
            ("يفتح المهرجان يوميا من 4.30 وحتى 12 مساء", "من 4.30 وحتى 12 مساء", Interval, "2022-01-25T16:30:00", "2022-01-26T00:00:00", Some(Minute)),
            ("تفتح المحال من الساعة 9 حتى الساعة 12 مساء", "من الساعة 9 حتى الساعة 12 مساء", Interval, "2022-01-25T21:00:00", "2022-01-26T00:00:00", Some(Hour)),
            // Before an afternoon hour, twelve is noon.
            ("يمنع العمل تحت الشمس من الساعة 12 مساء إلى الساعة 3 مساء", "من الساعة 12 مساء إلى الساعة 3 مساء", Interval, "2022-01-25T12:00:00", "2022-01-25T15:00:00", Some(Hour)),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn the_article_of_an_hour_written_apart() {
    check(
        &[
            ("وقع الانفجار عند الساعة الـ 11 صباحا", "الساعة الـ 11 صباحا", Instant, "2022-01-25T11:00:00", "2022-01-25T12:00:00", Some(Hour)),
            ("تعقد الورش من الساعة الـ 5 حتى الساعة الـ 9 مساء", "من الساعة الـ 5 حتى الساعة الـ 9 مساء", Interval, "2022-01-25T17:00:00", "2022-01-25T21:00:00", Some(Hour)),
            // A reading in brackets after `الساعة`.
            ("تبدأ الهدنة الساعة (11:59) مساء", "الساعة (11:59) مساء", Instant, "2022-01-25T23:59:00", "2022-01-26T00:00:00", Some(Minute)),
        ],
        Prefer::Past,
    );
    let found = run("ارتفع العدد في الساعة (12 شخصا)", Some(REFERENCE), Prefer::Past);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn dotted_figures_in_a_range_of_counts_are_no_clock() {
    for input in [
        "ارتفع المؤشر من 4.30 إلى 5.10 في المئة",
        "تراجع السعر من 7.25 إلى 8 دولارات",
    ] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
}

#[test]
#[rustfmt::skip]
fn currently_is_now() {
    check(
        &[
            ("يقيم في المخيم حاليا 500 نازح", "حاليا", Instant, "2022-01-25T10:30:00", "2022-01-25T10:30:01", Some(Second)),
            ("the camp currently holds 500", "currently", Instant, "2022-01-25T10:30:00", "2022-01-25T10:30:01", Some(Second)),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn iso_dates_with_their_time() {
    check(
        &[
            ("نشر البيان في 2022-01-20T14:05:00", "2022-01-20T14:05:00", Instant, "2022-01-20T14:05:00", "2022-01-20T14:05:01", Some(Second)),
            ("updated T09:30", "T09:30", Instant, "2022-01-25T09:30:00", "2022-01-25T09:31:00", Some(Minute)),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn a_part_of_a_season_is_one_of_its_months() {
    check(
        &[
            ("عاد المهاجرون في أواخر الصيف الماضي إلى قراهم", "أواخر الصيف الماضي", Instant, "2021-08-01T00:00:00", "2021-09-01T00:00:00", Some(Month)),
            ("تبدأ الحملة مطلع الربيع المقبل", "مطلع الربيع المقبل", Instant, "2022-03-01T00:00:00", "2022-04-01T00:00:00", Some(Month)),
            ("اشتدت المعارك في منتصف صيف 2014", "منتصف صيف 2014", Instant, "2014-07-01T00:00:00", "2014-08-01T00:00:00", Some(Month)),
            ("نزح الآلاف مع نهاية فصل الشتاء الماضي", "نهاية فصل الشتاء الماضي", Instant, "2021-02-01T00:00:00", "2021-03-01T00:00:00", Some(Month)),
        ],
        Prefer::Past,
    );
    // A season with no year stays no date, its part too; `فصل` alone is a class.
    for input in ["في منتصف الصيف", "مع بداية فصل الربيع العربي", "في نهاية فصل دراسي"] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
}

#[test]
#[rustfmt::skip]
fn a_year_after_mawalid_is_a_birth_year() {
    check(
        &[
            ("أوقف المتهم وهو من مواليد 1986 في الموصل", "1986", Instant, "1986-01-01T00:00:00", "1987-01-01T00:00:00", Some(Year)),
            ("والقتيل مواليد ١٩٩٠م", "١٩٩٠م", Instant, "1990-01-01T00:00:00", "1991-01-01T00:00:00", Some(Year)),
            ("الشاب من مواليد ألفين ويقيم في المخيم", "ألفين", Instant, "2000-01-01T00:00:00", "2001-01-01T00:00:00", Some(Year)),
        ],
        Prefer::Past,
    );
    // `المواليد` with its article is the births: a count follows.
    for input in ["بلغ عدد المواليد 2000 مولود", "سجلت المستشفيات المواليد 1500 حالة"] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
}

#[test]
fn a_lone_year_does_not_date_a_time_of_day_beside_it() {
    let found = run(
        "يواجه منتخب الناشئين مواليد 2000 مساء غد نظيره العراقي",
        Some(REFERENCE),
        Prefer::Past,
    );
    let shown: Vec<_> = found
        .iter()
        .map(|(t, m)| (t.as_str(), show(m.start)))
        .collect();
    assert_eq!(
        shown,
        [
            ("2000", "2000-01-01T00:00:00".to_string()),
            ("مساء غد", "2022-01-26T18:00:00".to_string()),
        ],
        "{found:#?}"
    );
    let found = run(
        "هبط الذهب إلى أدنى مستوى منذ أوائل عام 2010 اليوم الجمعة",
        Some(REFERENCE),
        Prefer::Past,
    );
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
#[rustfmt::skip]
fn a_figure_before_yawm_and_a_day_name_counts_people_not_days() {
    check(
        &[
            ("أسفر القصف عن مقتل 43 شخصا وإصابة 173 يوم الأحد", "يوم الأحد", Instant, "2022-01-23T00:00:00", "2022-01-24T00:00:00", Some(Day)),
            ("استقبل المستشفى 41 جريحا آخرين و33 يوم السبت", "يوم السبت", Instant, "2022-01-22T00:00:00", "2022-01-23T00:00:00", Some(Day)),
            ("وصلت الرحلة 127 يوم 6 يناير", "يوم 6 يناير", Instant, "2022-01-06T00:00:00", "2022-01-07T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
    // A count of days is still a length.
    for (input, days) in [("استمر الحصار 7 أيام", 7.0), ("استمرت الهدنة 12 يوما", 12.0), ("دام الحصار 40 يوم", 40.0)] {
        let (_, m) = one(input, None, Prefer::Past);
        assert_eq!(m.duration.map(|d| (d.value, d.unit)), Some((days, DurationUnit::Day)), "{input:?}");
    }
}

#[test]
fn the_period_after_kull_is_a_recurrence_not_a_length() {
    for input in [
        "تصل قافلة مساعدات مرة كل أسبوع",
        "ينضم ألف مقاتل إلى التنظيم كل شهر",
        "تتجدد الغارات كل ساعة تقريبا",
        "تعفي السلطات القطاع من الضرائب كل 3 أشهر",
        "يتبادل الطرفان الأسرى كل شهرين",
    ] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
    // A length before `كل` is still one.
    let (_, m) = one("استمر القصف لمدة ساعة كل ليلة", None, Prefer::Past);
    assert_eq!(
        m.duration.map(|d| (d.value, d.unit)),
        Some((1.0, DurationUnit::Hour))
    );
}

#[test]
#[rustfmt::skip]
fn an_hour_around_which_something_happened_on_a_named_day() {
    check(
        &[
            ("وقع الانفجار يوم الجمعة الماضي في حدود الساعة 11 ليلا", "يوم الجمعة الماضي في حدود الساعة 11 ليلا", Instant, "2022-01-21T23:00:00", "2022-01-22T00:00:00", Some(Hour)),
            ("اندلع الحريق مساء أمس بحدود الساعة التاسعة", "مساء أمس بحدود الساعة التاسعة", Instant, "2022-01-24T21:00:00", "2022-01-24T22:00:00", Some(Hour)),
        ],
        Prefer::Past,
    );
}

#[test]
fn the_hours_or_days_of_something_are_no_length() {
    let cases: &[(&str, &[&str])] = &[
        ("تكثر الحوادث خلال أيام العيد", &[]),
        ("عاش المدنيون منذ سنوات الحرب الأولى في المخيم", &[]),
        ("تقدم المسلحون قبل ساعات الفجر", &["الفجر"]),
        ("تشتد الاشتباكات خلال أشهر الشتاء", &[]),
        ("دارت اشتباكات منذ ساعات فجر الأحد", &["فجر الأحد"]),
        ("يبقى شهر رمضان شهر العمل والإنتاج", &["شهر رمضان"]),
        // After `من`, `أشهر` is "the most famous".
        ("وكان من أشهر قادة التنظيم", &[]),
    ];
    for &(input, allowed) in cases {
        let found: Vec<String> = run(input, Some(REFERENCE), Prefer::Past)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(found, allowed, "{input:?}");
    }
    // Uncounted plurals before an indefinite word stay vague lengths or windows.
    for (input, text) in [
        ("استمر القصف لساعات طويلة", "ساعات"),
        ("منذ أيام", "أيام"),
        ("وصل الوفد قبل ساعات", "قبل ساعات"),
    ] {
        let (found, _) = one(input, Some(REFERENCE), Prefer::Past);
        assert_eq!(found, text, "{input:?}");
    }
}

#[test]
fn a_lone_minute_or_hour_needs_a_cue() {
    // `دقيقة` is also "precise", `ساعة` a watch, a speed's unit or an hour of the day.
    for input in [
        "وفرت الأجهزة معلومات استخباراتية دقيقة عن المسلحين",
        "هبت رياح بسرعة 15-35 كم/ساعة",
        "هاجم المسلحون القرية في ساعة مبكرة من صباح أمس",
        "اقتربت ساعة الصفر",
    ] {
        let found: Vec<String> = run(input, None, Prefer::Past)
            .into_iter()
            .filter(|(_, m)| m.kind == Duration)
            .map(|(t, _)| t)
            .collect();
        assert!(found.is_empty(), "{input:?}: {found:?}");
    }
    for (input, unit) in [
        ("استمر الاشتباك لمدة دقيقة", DurationUnit::Minute),
        ("وصل الإسعاف قبل موعده بساعة", DurationUnit::Hour),
        ("مدد الحظر لساعة إضافية", DurationUnit::Hour),
        ("دام القصف أكثر من ساعة", DurationUnit::Hour),
        ("the clashes lasted an hour", DurationUnit::Hour),
    ] {
        let (_, m) = one(input, None, Prefer::Past);
        assert_eq!(
            m.duration.map(|d| (d.value, d.unit)),
            Some((1.0, unit)),
            "{input:?}"
        );
    }
    let (text, m) = one("the clashes lasted half an hour", None, Prefer::Past);
    assert_eq!(text, "half an hour");
    assert_eq!(
        m.duration.map(|d| (d.value, d.unit)),
        Some((0.5, DurationUnit::Hour))
    );
}

#[test]
#[rustfmt::skip]
fn al_muharram_after_shahr_or_a_day_is_the_month() {
    check(
        &[
            ("يبدأ العام الدراسي في شهر المحرم 1444", "شهر المحرم 1444", Instant, "2022-07-30T00:00:00", "2022-08-28T00:00:00", Some(Month)),
            ("وقعت المعركة في العاشر من المحرم 1443", "العاشر من المحرم 1443", Instant, "2021-08-18T00:00:00", "2021-08-19T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
    // Elsewhere `المحرم` is "the forbidden" or a woman's guardian.
    for input in ["استخدم النظام السلاح المحرم دوليا", "سافرت دون وجود المحرم"] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
}

#[test]
fn a_part_of_the_day_in_construct_with_no_day_is_no_time_today() {
    // `فجر التاريخ` is the dawn of history; `صباح العيد` and `صباح اليوم التالي` are
    // mornings of days the reference does not fix.
    for input in [
        "ما زالت المنطقة مأهولة منذ فجر التاريخ",
        "وزع المتطوعون الهدايا في صباح العيد",
        "استمرت المفاوضات حتى صباح اليوم التالي",
        "شارك المحافظ في الاحتفال مساء اليوم الأول من العيد",
    ] {
        let found: Vec<String> = run(input, Some(REFERENCE), Prefer::Past)
            .into_iter()
            .filter(|(_, m)| m.start.is_some())
            .map(|(t, _)| t)
            .collect();
        assert!(found.is_empty(), "{input:?}: {found:?}");
    }
    let (text, _) = one(
        "قصفت الطائرات المدينة منذ فجر الخميس",
        Some(REFERENCE),
        Prefer::Past,
    );
    assert_eq!(text, "منذ فجر الخميس");
}

#[test]
fn a_score_against_zero_twenty_two_and_the_verb_yuliih_are_no_dates() {
    for input in [
        "فاز المنتخب على ضيفه 2 - صفر",
        "تقدم الفريق 1-صفر",
        "على ما يوليه من رعاية للمصابين",
        "هددوا الملاحة في باب المندب",
        "تبنت منظمة أيلول الأسود العملية",
        "يقول جوان إن الهجوم فشل",
        "تنتشر في المحافظات الاثنين والعشرين",
    ] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
    let (text, _) = one("قتل ثلاثة في 23 يوليه 2021", Some(REFERENCE), Prefer::Past);
    assert_eq!(text, "23 يوليه 2021");
}

#[test]
#[rustfmt::skip]
fn a_weekday_in_brackets_after_a_day_is_that_day() {
    check(
        &[
            ("قتل خمسة اليوم (الثلاثاء) في انفجار عبوة", "اليوم (الثلاثاء)", Instant, "2022-01-25T00:00:00", "2022-01-26T00:00:00", Some(Day)),
            ("شنت الطائرات غارات مساء أمس (الاثنين)", "مساء أمس (الاثنين)", Instant, "2022-01-24T18:00:00", "2022-01-25T00:00:00", Some(Hour)),
            ("وقع الهجوم في 21 يناير (الجمعة)", "21 يناير (الجمعة)", Instant, "2022-01-21T00:00:00", "2022-01-22T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
}

#[test]
#[rustfmt::skip]
fn a_whole_date_with_spaced_dashes() {
    check(
        &[
            ("سقطت القذيفة مساء يوم الثلاثاء 18 - 1 - 2022م", "مساء يوم الثلاثاء 18 - 1 - 2022م", Instant, "2022-01-18T18:00:00", "2022-01-19T00:00:00", Some(Hour)),
        ],
        Prefer::Past,
    );
}

#[test]
fn zuhran_as_a_verb_or_the_backstroke_is_no_noon() {
    for input in [
        "تبحث الشرطة عن الشابين اللذين ظهرا في المقطع",
        "فاز السباح في سباق 100 متر ظهرا",
    ] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
    let (text, _) = one("قصفت الطائرات السوق ظهرا", Some(REFERENCE), Prefer::Past);
    assert_eq!(text, "ظهرا");
}

#[test]
fn a_figure_after_a_month_that_counts_what_follows_is_no_day() {
    let found: Vec<String> = run("ارتفعت عقود سبتمبر 20 سنتا", Some(REFERENCE), Prefer::Past)
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    assert_eq!(found, ["سبتمبر"]);
}

#[test]
#[rustfmt::skip]
fn digits_after_a_weekday_before_a_noun_count_the_dead() {
    check(
        &[
            ("قتل يوم الخميس 25 شخصا في غارات على المدينة", "يوم الخميس", Instant, "2022-01-20T00:00:00", "2022-01-21T00:00:00", Some(Day)),
            ("اعتقلت الشرطة الأحد 3 مشتبهين", "الأحد", Instant, "2022-01-23T00:00:00", "2022-01-24T00:00:00", Some(Day)),
            ("تبدأ المحادثات يوم الخميس 27 من الشهر الجاري", "يوم الخميس 27 من الشهر الجاري", Instant, "2022-01-27T00:00:00", "2022-01-28T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
}

#[test]
fn a_day_and_month_naming_an_event_is_no_date_this_year() {
    for input in [
        "تعيش البلاد اضطرابات منذ ثورة 25 يناير",
        "تغيرت السياسة بعد هجمات 11 سبتمبر (أيلول)",
        "فاجأت أحداث الحادي عشر من سبتمبر العالم",
    ] {
        let found = run(input, Some(REFERENCE), Prefer::Past);
        assert!(found.is_empty(), "{input:?}: {found:#?}");
    }
    // With its year it is a date.
    let (text, m) = one("بعد هجمات 11 سبتمبر 2001", Some(REFERENCE), Prefer::Past);
    assert_eq!(text, "11 سبتمبر 2001");
    assert_eq!(show(m.start), "2001-09-11T00:00:00");
}

#[test]
fn lengths_decimals_and_opening_days_are_no_clock_or_date() {
    for input in [
        "نشر التنظيم فيديو مدته 2:14 دقيقة",
        "ارتفعت عقود أغسطس 1.6 بالمئة",
        "شارك الفريق منذ اليوم الافتتاحي للبطولة",
    ] {
        let found: Vec<String> = run(input, Some(REFERENCE), Prefer::Past)
            .into_iter()
            .filter(|(_, m)| m.kind != Duration && m.precision != Some(Month))
            .map(|(t, _)| t)
            .collect();
        assert!(found.is_empty(), "{input:?}: {found:?}");
    }
}

#[test]
#[rustfmt::skip]
fn the_week_holding_a_day_and_a_possessed_day_or_week() {
    check(
        &[
            // 15 September 2021 is a Wednesday: its week runs Sunday 12 to Saturday 18.
            ("تعقد المفاوضات في أسبوع 15 سبتمبر", "أسبوع 15 سبتمبر", Instant, "2021-09-12T00:00:00", "2021-09-19T00:00:00", Some(Week)),
            ("يبدأ التصويت أسبوع 3 مارس 2024", "أسبوع 3 مارس 2024", Instant, "2024-03-03T00:00:00", "2024-03-10T00:00:00", Some(Week)),
            ("قال: سنبقى في الملجأ بقية يومنا", "بقية يومنا", Instant, "2022-01-25T10:30:00", "2022-01-26T00:00:00", Some(Day)),
            ("قال: سنعود في نهاية أسبوعنا", "نهاية أسبوعنا", Instant, "2022-01-27T00:00:00", "2022-01-30T00:00:00", Some(Week)),
        ],
        Prefer::Past,
    );
    // `ه` (his) is left out: a narrative's day need not be the reference's.
    for input in [
        "قال إنه سيقضي باقي أسبوعه في المستشفى",
        "يصدر تقرير أسبوعي عن الوضع الإنساني",
        "وهي مجلة نصف أسبوعي التوزيع",
        "قدم له حسابه اليومي",
        "قتل خلال أسبوع 15 شخصا",
    ] {
        let found: Vec<String> = run(input, Some(REFERENCE), Prefer::Past)
            .into_iter()
            .filter(|(_, m)| m.kind != Duration)
            .map(|(t, _)| t)
            .collect();
        assert!(found.is_empty(), "{input:?}: {found:?}");
    }
}

#[test]
#[rustfmt::skip]
fn a_weekday_without_its_article_before_a_date() {
    check(
        &[
            ("صنعاء - خميس، 06 مايو 2021 - 10:50 ص", "خميس، 06 مايو 2021 - 10:50 ص", Instant, "2021-05-06T10:50:00", "2021-05-06T10:51:00", Some(Minute)),
            ("فجر نفسه خلال صلاة جمعة 26 يونيو 2015", "جمعة 26 يونيو 2015", Instant, "2015-06-26T00:00:00", "2015-06-27T00:00:00", Some(Day)),
            // `احد` and `اثنين` before a count are "one" and "two".
            ("قتل احد 5 مايو 2021", "5 مايو 2021", Instant, "2021-05-05T00:00:00", "2021-05-06T00:00:00", Some(Day)),
        ],
        Prefer::Past,
    );
    // A weekday without the article and no date after it is no day.
    assert!(run("وصل خميس إلى المدينة", Some(REFERENCE), Prefer::Past).is_empty());
}

/// The scan passes over numbers that count and cues alone without reading them (debug
/// builds, as tests run, assert that no rule would have read anything there); the words
/// that make a number a time, however far or oddly written, keep it read.
#[test]
fn numbers_that_count_and_lone_cues_are_passed_over_but_times_are_not() {
    let cases: &[(&str, &[&str])] = &[
        ("قتل 25 شخصا وأصيب 140 آخرون", &[]),
        ("ارتفع المؤشر 2.80 % إلى 7.5 مليون", &[]),
        ("للمرة الأولى بعد ذلك", &[]),
        ("من الستة للسبعة", &["من الستة للسبعة"]),
        ("من 5 ل 7", &["من 5 ل 7"]),
        ("عقد الاجتماع من 1 إلى 3:30", &["من 1 إلى 3:30"]),
        ("الخامسة و عشرون", &["الخامسة و عشرون"]),
        ("وصل 14,30 GMT", &["14,30 GMT"]),
        ("وصل 9.30 مساء", &["9.30 مساء"]),
        ("ارتفع بنسبة 2.47 في المئة", &[]),
        ("في 12.3.2022 وصل", &["12.3.2022"]),
        ("في 5-7 آذار", &["5-7 آذار"]),
        ("وصلوا 13 و14 آذار", &["13 و14 آذار"]),
        ("بعد ثلاثة أيام", &["بعد ثلاثة أيام"]),
    ];
    for &(input, want) in cases {
        let found: Vec<String> = run(input, Some(REFERENCE), Prefer::Past)
            .into_iter()
            .map(|(text, _)| text)
            .collect();
        assert_eq!(found, want, "{input}");
    }
}
