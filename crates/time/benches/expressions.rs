//! Short expressions per second through the whole text layer: normalise, tokenize, find
//! the numbers, find the times. Goal: at least 1,000,000 per second on one core.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use jiff::civil::date;
use rasid_text::{tokenize, Normalized};
use rasid_time::{find_times_with_numbers, Prefer, TimeOptions};
use std::hint::black_box;

/// News-style expressions, each a short input of its own.
const EXPRESSIONS: &[&str] = &[
    "في 20 كانون الثاني 2022",
    "في العشرين من شهر كانون الثاني/ يناير",
    "مساء الخميس 20 كانون الثاني",
    "الساعة السابعة من مساء أمس",
    "منذ يومين",
    "قبل ثلاثة أيام",
    "الهجوم الذي استمر لقرابة تسعة أيام",
    "بين عامي 2014 و2019",
    "5 رمضان 1443 هـ",
    "الأسبوع الماضي",
    "٠٧:٣٠ صباحاً",
    "ليل الخميس إلى الجمعة",
    "20/1/2022",
    "اليوم الثالث للهجوم",
    "January 20, 2022",
    "two days ago",
    "قتل 140 عنصراً",
    "أعلنت الوزارة عن سقوط ضحايا",
];

fn expressions(c: &mut Criterion) {
    let options = TimeOptions {
        reference: Some(date(2022, 1, 25).at(10, 30, 0, 0)),
        prefer: Prefer::Past,
    };
    let mut group = c.benchmark_group("time");
    group.throughput(Throughput::Elements(EXPRESSIONS.len() as u64));
    group.bench_function("normalise+tokenize+numbers+times", |b| {
        b.iter(|| {
            let mut found = 0;
            for text in EXPRESSIONS {
                let normalized = Normalized::new(black_box(text));
                let tokens = tokenize(normalized.as_str());
                let numbers = rasid_numbers::find_numbers(&normalized, &tokens);
                found += find_times_with_numbers(&normalized, &tokens, &numbers, &options).len();
            }
            found
        })
    });
    // The same without the time parser: what the layers below cost.
    group.bench_function("normalise+tokenize+numbers", |b| {
        b.iter(|| {
            let mut found = 0;
            for text in EXPRESSIONS {
                let normalized = Normalized::new(black_box(text));
                let tokens = tokenize(normalized.as_str());
                found += rasid_numbers::find_numbers(&normalized, &tokens).len();
            }
            found
        })
    });
    group.finish();
}

criterion_group!(benches, expressions);
criterion_main!(benches);
