//! Short expressions per second through normalise + tokenize + find_numbers.
//! Goal: at least one million per second on one core.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasid_numbers::find_numbers;
use rasid_text::{tokenize, Normalized};
use std::hint::black_box;

/// Realistic short expressions, Arabic and English, as they appear in conflict news.
const EXPRESSIONS: &[&str] = &[
    "قرابة 140 عنصراً",
    "أكثر من 100 معتقل",
    "ألف وخمسمائة سجين",
    "بين 10 و15 قتيلاً",
    "من 10 إلى 15 شخصاً",
    "عشرات الآلاف من النازحين",
    "ثلاثة آلاف ومئتان",
    "خمسة وعشرون جندياً",
    "اليوم الثالث",
    "الساعة السابعة",
    "تسعة أيام",
    "الحادي عشر",
    "مليون ونصف",
    "2.5 مليون لاجئ",
    "١٬٥٠٠ شخص",
    "٢٫٥ مليون",
    "ما لا يقل عن 20 قتيلاً",
    "لا يتجاوز 30",
    "أقل من 30",
    "عام 2019",
    "الصفحة ال١٩٢",
    "تجاوز عدد القتلى 100",
    "نحو 300 مدني",
    "حوالي خمسين",
    "زهاء ألفي مقاتل",
    "مئات المعتقلين",
    "بضعة أشخاص",
    "عدد من الجرحى",
    "الخامس والعشرون",
    "ثلاثة ملايين نازح",
    "12 في المائة",
    "بنسبة 3.5%",
    "أربعة مدنيين",
    "ستمائة مقاتل",
    "اثنا عشر جندياً",
    "مئتان وخمسون",
    "الدورة العشرين",
    "3 آلاف مقاتل",
    "20 يناير 2022",
    "القرار 2254",
    "more than 100 people",
    "at least 20 killed",
    "about 30 fighters",
    "between 10 and 15",
    "one hundred and twenty",
    "a dozen soldiers",
    "1.5 billion dollars",
    "tens of thousands",
    "the 21st day",
    "in 2015",
];

fn expressions(c: &mut Criterion) {
    let mut group = c.benchmark_group("numbers");
    group.throughput(Throughput::Elements(EXPRESSIONS.len() as u64));
    group.bench_function("normalise+tokenize+find_numbers", |b| {
        b.iter(|| {
            let mut found = 0;
            for text in EXPRESSIONS {
                let n = Normalized::new(black_box(text));
                let tokens = tokenize(n.as_str());
                found += find_numbers(&n, &tokens).len();
            }
            black_box(found)
        })
    });
    group.bench_function("find_numbers only", |b| {
        let prepared: Vec<_> = EXPRESSIONS
            .iter()
            .map(|t| {
                let n = Normalized::new(t);
                let tokens = tokenize(n.as_str());
                (n, tokens)
            })
            .collect();
        b.iter(|| {
            let mut found = 0;
            for (n, tokens) in &prepared {
                found += find_numbers(black_box(n), black_box(tokens)).len();
            }
            black_box(found)
        })
    });
    group.finish();
}

/// A news paragraph of the project's own writing: mostly words, a few figures.
const PARAGRAPH: &str = "قالت مصادر محلية إن قوات سوريا الديمقراطية شنت هجوماً على مواقع التنظيم في ريف \
الحسكة الجنوبي، وأسفرت الاشتباكات عن مقتل قرابة 140 عنصراً وإصابة العشرات، فيما فر أكثر من \
100 معتقل من السجن الذي يستوعب ألفاً وخمسمائة سجين. وأضافت المصادر أن الطيران نفذ خلال الأيام \
التسعة الماضية غارات متتالية على الأحياء الشمالية للمدينة، وأن المستشفى الوطني استقبل ما لا يقل \
عن 20 جريحاً بينهم أطفال ونساء. The coalition said on Tuesday that at least 20 fighters were killed \
and dozens wounded in clashes that lasted for nine days near the prison, according to a statement.\n";

fn news_text(c: &mut Criterion) {
    let text = PARAGRAPH.repeat(200);
    let mut group = c.benchmark_group("news");
    group.throughput(Throughput::Bytes(text.len() as u64));
    let n = Normalized::new(&text);
    let tokens = tokenize(n.as_str());
    group.bench_function("find_numbers over tokens", |b| {
        b.iter(|| black_box(find_numbers(black_box(&n), black_box(&tokens)).len()))
    });
    group.finish();
}

criterion_group!(benches, expressions, news_text);
criterion_main!(benches);
