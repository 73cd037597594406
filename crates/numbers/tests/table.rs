//! Table tests: one row per sentence, written in the style of the news the engine reads.
//! Rows marked SaudiNewsNet are short sentences from the SaudiNewsNet corpus
//! (CC BY-NC-SA 4.0).

use rasid_numbers::{find_numbers, NumberKind, NumberMention, Vague};
use rasid_text::{tokenize, Normalized};

/// What a mention should be: its original text, value, bounds, hedge, vague kind, kind.
#[derive(Debug, Clone, PartialEq)]
struct Want {
    text: &'static str,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    approx: bool,
    vague: Option<Vague>,
    kind: NumberKind,
}

fn exact(text: &'static str, v: f64) -> Want {
    Want {
        text,
        value: Some(v),
        low: Some(v),
        high: Some(v),
        approx: false,
        vague: None,
        kind: NumberKind::Cardinal,
    }
}

fn kind(text: &'static str, v: f64, kind: NumberKind) -> Want {
    Want {
        kind,
        ..exact(text, v)
    }
}

fn ordinal(text: &'static str, v: f64) -> Want {
    kind(text, v, NumberKind::Ordinal)
}

fn percent(text: &'static str, v: f64) -> Want {
    kind(text, v, NumberKind::Percent)
}

fn about(text: &'static str, v: f64) -> Want {
    Want {
        approx: true,
        ..exact(text, v)
    }
}

fn bounds(text: &'static str, low: Option<f64>, high: Option<f64>) -> Want {
    Want {
        value: None,
        low,
        high,
        ..exact(text, 0.0)
    }
}

fn vague(text: &'static str, v: Vague, low: f64, high: Option<f64>) -> Want {
    Want {
        vague: Some(v),
        ..bounds(text, Some(low), high)
    }
}

fn found(text: &str) -> Vec<Want> {
    let n = Normalized::new(text);
    let tokens = tokenize(n.as_str());
    find_numbers(&n, &tokens)
        .into_iter()
        .map(|m: NumberMention| Want {
            text: Box::leak(text[m.span.clone()].to_string().into_boxed_str()),
            value: m.value,
            low: m.low,
            high: m.high,
            approx: m.approx,
            vague: m.vague,
            kind: m.kind,
        })
        .collect()
}

fn check(rows: &[(&str, Vec<Want>)]) {
    let mut failures = Vec::new();
    for (text, want) in rows {
        let got = found(text);
        let same = got.len() == want.len()
            && got.iter().zip(want).all(|(g, w)| {
                g.text == w.text
                    && close(g.value, w.value)
                    && close(g.low, w.low)
                    && close(g.high, w.high)
                    && g.approx == w.approx
                    && g.vague == w.vague
                    && g.kind == w.kind
            });
        if !same {
            failures.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(1.0),
        (None, None) => true,
        _ => false,
    }
}

#[test]
fn digits_in_every_script() {
    check(&[
        ("قتل 140 عنصراً", vec![exact("140", 140.0)]),
        ("قتل ١٤٠ عنصراً", vec![exact("١٤٠", 140.0)]),
        ("نزح ۱۲۰۰ شخص", vec![exact("۱۲۰۰", 1200.0)]),
        ("يضم السجن 1,500 معتقل", vec![exact("1,500", 1500.0)]),
        ("يضم السجن ١٬٥٠٠ معتقل", vec![exact("١٬٥٠٠", 1500.0)]),
        ("بلغت الكلفة 2.5 مليار", vec![exact("2.5 مليار", 2.5e9)]),
        ("ارتفع المؤشر ٢٫٥ نقطة", vec![exact("٢٫٥", 2.5)]),
        (
            "population of 1,234,567",
            vec![exact("1,234,567", 1_234_567.0)],
        ),
        ("وصل السعر إلى ١٢/٧٥ جنيه", vec![exact("١٢/٧٥", 12.75)]),
        ("خسائر بقيمة ٢/٥ مليون", vec![exact("٢/٥ مليون", 2.5e6)]),
        ("تراجع بنسبة 3.5%", vec![percent("بنسبة 3.5%", 3.5)]),
        ("انخفضت الحرارة إلى -5 درجات", vec![exact("-5", -5.0)]),
        ("1 234 567 نسمة", vec![exact("1 234 567", 1_234_567.0)]),
        (
            "بلغ الدين 1\u{202f}234\u{202f}567.89 يورو",
            vec![exact("1\u{202f}234\u{202f}567.89", 1_234_567.89)],
        ),
        (
            "القائمة 5 100 200.5",
            vec![exact("5 100", 5100.0), exact("200.5", 200.5)],
        ),
        ("ارتفع التضخم .5% فقط", vec![percent(".5%", 0.5)]),
        ("بلغ العدد 1,000 000 نسمة", vec![exact("1,000 000", 1e6)]),
        (
            "العددان 1,000 500",
            vec![exact("1,000", 1000.0), exact("500", 500.0)],
        ),
    ]);
}

#[test]
fn clitics_glued_to_digits() {
    check(&[
        ("الحكم لـ7 سنوات", vec![exact("7", 7.0)]),
        ("الطائرات الـ20 التي اشترتها", vec![exact("20", 20.0)]),
        (
            "قتل 5 وأصيب و40 آخرون",
            vec![exact("5", 5.0), exact("40", 40.0)],
        ),
        ("حكم عليه بـ3 سنوات", vec![exact("3", 3.0)]),
    ]);
}

#[test]
fn arabic_cardinal_words() {
    check(&[
        (
            "ليستوعب ألف وخمسمائة سجين",
            vec![exact("ألف وخمسمائة", 1500.0)],
        ),
        (
            "أفرج عن ثلاثة آلاف ومئتان",
            vec![exact("ثلاثة آلاف ومئتان", 3200.0)],
        ),
        ("قتل خمسة وعشرون جندياً", vec![exact("خمسة وعشرون", 25.0)]),
        ("اعتقل ثلاث نساء", vec![exact("ثلاث", 3.0)]),
        ("وصل عشرين شخصاً", vec![exact("عشرين", 20.0)]),
        ("خصص مائة سرير", vec![exact("مائة", 100.0)]),
        ("خصص مئة سرير", vec![exact("مئة", 100.0)]),
        ("ستمائة مقاتل", vec![exact("ستمائة", 600.0)]),
        ("ستمئة مقاتل", vec![exact("ستمئة", 600.0)]),
        ("ست مائة مقاتل", vec![exact("ست مائة", 600.0)]),
        ("الف عائلة", vec![exact("الف", 1000.0)]),
        ("ألفان وخمسمائة", vec![exact("ألفان وخمسمائة", 2500.0)]),
        ("نحو ألفين", vec![about("نحو ألفين", 2000.0)]),
        ("ألفي مقاتل", vec![exact("ألفي", 2000.0)]),
        ("مئتان وخمسون", vec![exact("مئتان وخمسون", 250.0)]),
        ("مائتي شخص", vec![exact("مائتي", 200.0)]),
        ("عشرة آلاف لاجئ", vec![exact("عشرة آلاف", 10_000.0)]),
        ("مليون نازح", vec![exact("مليون", 1e6)]),
        ("ثلاثة ملايين نازح", vec![exact("ثلاثة ملايين", 3e6)]),
        ("مليار دولار", vec![exact("مليار", 1e9)]),
        ("بليون دولار", vec![exact("بليون", 1e9)]),
        ("أحد عشر قتيلاً", vec![exact("أحد عشر", 11.0)]),
        ("اثنا عشر جندياً", vec![exact("اثنا عشر", 12.0)]),
        ("إحدى عشرة امرأة", vec![exact("إحدى عشرة", 11.0)]),
        ("ثلاثة عشر", vec![exact("ثلاثة عشر", 13.0)]),
        ("مئة وعشرون ألفاً", vec![exact("مئة وعشرون ألفاً", 120_000.0)]),
        ("3 آلاف مقاتل", vec![exact("3 آلاف", 3000.0)]),
        ("2.5 مليون لاجئ", vec![exact("2.5 مليون", 2.5e6)]),
        ("ثلاثة ونصف", vec![exact("ثلاثة ونصف", 3.5)]),
        ("مليون ونصف", vec![exact("مليون ونصف", 1.5e6)]),
        ("قطع ثلاثة و خمس.", vec![exact("ثلاثة و خمس", 3.2)]),
        (
            "تراوح بين ثلاثة وخمس.",
            vec![bounds("بين ثلاثة وخمس", Some(3.0), Some(5.0))],
        ),
        (
            "قتل ثلاثة وخمسة",
            vec![exact("ثلاثة", 3.0), exact("وخمسة", 5.0)],
        ),
        (
            "دفع مائة وثلاثون وخمسين ريالاً",
            vec![exact("مائة وثلاثون وخمسين", 130.4)],
        ),
        (
            "بين عشرين وخمسين شخصاً",
            vec![bounds("بين عشرين وخمسين", Some(20.0), Some(50.0))],
        ),
        ("ثلاثة أرباع السكان", vec![exact("ثلاثة أرباع", 0.75)]),
        ("نصف مليون", vec![exact("نصف مليون", 5e5)]),
        ("عشرة فاصلة خمسة", vec![exact("عشرة فاصلة خمسة", 10.5)]),
        ("5 ملايين و300 ألف", vec![exact("5 ملايين و300 ألف", 5.3e6)]),
        (
            "ألف و3 آلاف",
            vec![exact("ألف", 1000.0), exact("3 آلاف", 3000.0)],
        ),
        ("مائة وأحد عشر", vec![exact("مائة وأحد عشر", 111.0)]),
        (
            "واحد وعشرون ألفاً وثلاثمائة",
            vec![exact("واحد وعشرون ألفاً وثلاثمائة", 21_300.0)],
        ),
        ("قتل 5 وجرح 10", vec![exact("5", 5.0), exact("10", 10.0)]),
        (
            "قتل خمسة وجرح عشرة",
            vec![exact("خمسة", 5.0), exact("عشرة", 10.0)],
        ),
        ("1.2e3", vec![exact("1.2e3", 1200.0)]),
        (".25", vec![exact(".25", 0.25)]),
    ]);
}

#[test]
fn colloquial_words() {
    check(&[
        ("تنين", vec![exact("تنين", 2.0)]),
        ("تلاته", vec![exact("تلاته", 3.0)]),
        ("تمنية", vec![exact("تمنية", 8.0)]),
        ("ميه", vec![exact("ميه", 100.0)]),
        ("خمسمية", vec![exact("خمسمية", 500.0)]),
        ("الفين", vec![exact("الفين", 2000.0)]),
        ("خمستاشر", vec![exact("خمستاشر", 15.0)]),
        ("ساعة ونص", vec![]),
        ("حضر مية الا ربع شخص", vec![exact("مية الا ربع", 75.0)]),
        ("الف وربع مية جنيه", vec![exact("الف وربع مية", 1025.0)]),
        (
            "الفين وعشرين ونص مية",
            vec![exact("الفين وعشرين ونص مية", 2070.0)],
        ),
        // Only a round place loses a fraction of itself; a clock is the time parser's.
        (
            "الساعة خمسة الا ربع",
            vec![exact("خمسة", 5.0), exact("ربع", 0.25)],
        ),
    ]);
}

#[test]
fn clitics_on_number_words() {
    check(&[
        ("والخمسين", vec![ordinal("والخمسين", 50.0)]),
        ("حكم بثلاثة أعوام", vec![exact("بثلاثة", 3.0)]),
        ("لعشرة أيام", vec![exact("لعشرة", 10.0)]),
        ("فخمسة", vec![exact("فخمسة", 5.0)]),
        ("ولست أدري", vec![]),
    ]);
}

#[test]
fn ordinals() {
    check(&[
        ("اليوم الثالث", vec![ordinal("الثالث", 3.0)]),
        ("الساعة السابعة", vec![ordinal("السابعة", 7.0)]),
        ("المرة الأولى", vec![ordinal("الأولى", 1.0)]),
        ("أول مرة", vec![ordinal("أول", 1.0)]),
        ("ثاني أكبر", vec![ordinal("ثاني", 2.0)]),
        ("الطابق الحادي عشر", vec![ordinal("الحادي عشر", 11.0)]),
        ("الدورة العشرين", vec![ordinal("العشرين", 20.0)]),
        (
            "الذكرى الخامسة والعشرون",
            vec![ordinal("الخامسة والعشرون", 25.0)],
        ),
        ("the 21st", vec![ordinal("21st", 21.0)]),
        ("the twenty-first", vec![ordinal("twenty-first", 21.0)]),
        ("كانون الثاني", vec![]),
        ("أول أمس", vec![]),
        ("بعد 30 ثانية", vec![exact("30", 30.0)]),
        (
            "الأول والأربعين",
            vec![ordinal("الأول", 1.0), ordinal("والأربعين", 40.0)],
        ),
        ("الواحد والأربعين", vec![ordinal("الواحد والأربعين", 41.0)]),
        ("جاء في المركز الثاني إلى الأخير", vec![]),
        ("second to last", vec![]),
        ("من الأول إلى الأخير", vec![ordinal("الأول", 1.0)]),
    ]);
}

#[test]
fn english_words() {
    check(&[
        (
            "one hundred and twenty",
            vec![exact("one hundred and twenty", 120.0)],
        ),
        ("3 million", vec![exact("3 million", 3e6)]),
        ("a dozen", vec![exact("a dozen", 12.0)]),
        ("two-thirds", vec![exact("two-thirds", 2.0 / 3.0)]),
        ("1.5 billion", vec![exact("1.5 billion", 1.5e9)]),
        ("twenty-five soldiers", vec![exact("twenty-five", 25.0)]),
        ("one and a half", vec![exact("one and a half", 1.5)]),
        ("$5bn", vec![exact("5bn", 5e9)]),
    ]);
}

#[test]
fn hedges_and_bounds() {
    check(&[
        (
            "قتل قرابة 140 عنصراً من قوات سوريا الديمقراطية",
            vec![about("قرابة 140", 140.0)],
        ),
        ("نحو 300", vec![about("نحو 300", 300.0)]),
        ("حوالي 50", vec![about("حوالي 50", 50.0)]),
        ("زهاء ألف", vec![about("زهاء ألف", 1000.0)]),
        ("ما يقارب 200", vec![about("ما يقارب 200", 200.0)]),
        ("200 تقريباً", vec![about("200 تقريباً", 200.0)]),
        ("about 30", vec![about("about 30", 30.0)]),
        (
            "فرّ أكثر من 100 معتقل",
            vec![bounds("أكثر من 100", Some(101.0), None)],
        ),
        (
            "ما يزيد على 50",
            vec![bounds("ما يزيد على 50", Some(51.0), None)],
        ),
        (
            "ما لا يقل عن 20 قتيلاً",
            vec![bounds("ما لا يقل عن 20", Some(20.0), None)],
        ),
        ("at least 20", vec![bounds("at least 20", Some(20.0), None)]),
        (
            "مقتل عشرة جنود على الأقل",
            vec![bounds("عشرة جنود على الأقل", Some(10.0), None)],
        ),
        ("لا يتجاوز 30", vec![bounds("لا يتجاوز 30", None, Some(30.0))]),
        ("up to 30", vec![bounds("up to 30", None, Some(30.0))]),
        ("أقل من 30", vec![bounds("أقل من 30", None, Some(29.0))]),
        (
            "fewer than 30",
            vec![bounds("fewer than 30", None, Some(29.0))],
        ),
        (
            "تجاوز عدد القتلى 100",
            vec![bounds("تجاوز عدد القتلى 100", Some(101.0), None)],
        ),
        (
            "100 أو أكثر",
            vec![bounds("100 أو أكثر", Some(100.0), None)],
        ),
        ("عشرون ونيف", vec![bounds("عشرون ونيف", Some(21.0), None)]),
        ("فوق الخمسين", vec![bounds("فوق الخمسين", Some(51.0), None)]),
        ("قرابة الـ100 قتيل", vec![about("قرابة الـ100", 100.0)]),
        ("over nine days", vec![exact("nine", 9.0)]),
        (
            "أكثر من 100 وأقل من 300",
            vec![bounds("أكثر من 100 وأقل من 300", Some(101.0), Some(299.0))],
        ),
    ]);
}

#[test]
fn ranges() {
    check(&[
        (
            "بين 10 و15 قتيلاً",
            vec![bounds("بين 10 و15", Some(10.0), Some(15.0))],
        ),
        (
            "من 10 إلى 15 شخصاً",
            vec![bounds("من 10 إلى 15", Some(10.0), Some(15.0))],
        ),
        ("10-15 شخصاً", vec![bounds("10-15", Some(10.0), Some(15.0))]),
        (
            "10 إلى 15",
            vec![bounds("10 إلى 15", Some(10.0), Some(15.0))],
        ),
        (
            "between 10 and 15",
            vec![bounds("between 10 and 15", Some(10.0), Some(15.0))],
        ),
        ("10 to 15", vec![bounds("10 to 15", Some(10.0), Some(15.0))]),
        (
            "بين 3 و4 آلاف",
            vec![bounds("بين 3 و4 آلاف", Some(3000.0), Some(4000.0))],
        ),
        (
            "ثلاثة أو أربعة",
            vec![bounds("ثلاثة أو أربعة", Some(3.0), Some(4.0))],
        ),
        (
            "بين عشرة وعشرين",
            vec![bounds("بين عشرة وعشرين", Some(10.0), Some(20.0))],
        ),
    ]);
}

#[test]
fn vague_figures() {
    use Vague::*;
    check(&[
        (
            "قتل العشرات",
            vec![vague("العشرات", Dozens, 20.0, Some(99.0))],
        ),
        (
            "عشرات القتلى",
            vec![vague("عشرات", Dozens, 20.0, Some(99.0))],
        ),
        (
            "مئات المعتقلين",
            vec![vague("مئات", Hundreds, 200.0, Some(999.0))],
        ),
        (
            "آلاف النازحين",
            vec![vague("آلاف", Thousands, 2000.0, Some(9999.0))],
        ),
        (
            "عشرات الآلاف",
            vec![vague(
                "عشرات الآلاف",
                TensOfThousands,
                20_000.0,
                Some(99_999.0),
            )],
        ),
        (
            "مئات الآلاف",
            vec![vague(
                "مئات الآلاف",
                HundredsOfThousands,
                200_000.0,
                Some(999_999.0),
            )],
        ),
        (
            "ملايين اللاجئين",
            vec![vague("ملايين", Millions, 2e6, Some(9_999_999.0))],
        ),
        ("بضعة أشخاص", vec![vague("بضعة", Few, 3.0, Some(9.0))]),
        ("بضع سنوات", vec![vague("بضع", Few, 3.0, Some(9.0))]),
        ("عدد من الجرحى", vec![vague("عدد من", Several, 2.0, None)]),
        (
            "dozens of people",
            vec![vague("dozens", Dozens, 20.0, Some(99.0))],
        ),
        (
            "tens of thousands",
            vec![vague(
                "tens of thousands",
                TensOfThousands,
                20_000.0,
                Some(99_999.0),
            )],
        ),
        ("a few", vec![vague("a few", Few, 3.0, Some(9.0))]),
        ("several", vec![vague("several", Several, 2.0, None)]),
    ]);
}

#[test]
fn numbers_that_are_not_counts() {
    use NumberKind::*;
    check(&[
        ("في عام 2019", vec![kind("2019", 2019.0, Year)]),
        ("سنة ٢٠١٦", vec![kind("٢٠١٦", 2016.0, Year)]),
        ("in 2015", vec![kind("2015", 2015.0, Year)]),
        ("يناير 2022", vec![kind("2022", 2022.0, Year)]),
        ("20 يناير", vec![kind("20", 20.0, DateOrTime)]),
        ("يوم 20/1/2022", vec![kind("20/1/2022", 20.0, DateOrTime)]),
        ("2022-01-20", vec![kind("2022-01-20", 2022.0, DateOrTime)]),
        ("الساعة 10:30", vec![kind("10:30", 10.0, DateOrTime)]),
        (
            "اتصل على +963112233445",
            vec![kind("+963112233445", 963_112_233_445.0, Identifier)],
        ),
        (
            "0501234567",
            vec![kind("0501234567", 501_234_567.0, Identifier)],
        ),
        ("192.168.1.2", vec![kind("192.168.1.2", 192.0, Identifier)]),
        ("طائرات F16", vec![kind("F16", 16.0, Identifier)]),
        ("طائرات F-16", vec![kind("F-16", 16.0, Identifier)]),
        ("الصفحة 192", vec![kind("192", 192.0, Reference)]),
        ("تجده في الصفحة ال١٩٢", vec![kind("١٩٢", 192.0, Reference)]),
        ("المادة 5", vec![kind("5", 5.0, Reference)]),
        ("القرار 2254", vec![kind("2254", 2254.0, Reference)]),
        ("resolution 2254", vec![kind("2254", 2254.0, Reference)]),
        ("1436هـ", vec![kind("1436", 1436.0, Year)]),
        (
            "في عامي 2019 و2020",
            vec![kind("2019", 2019.0, Year), kind("2020", 2020.0, Year)],
        ),
        (
            "من 2011 إلى 2015",
            vec![kind("2011", 2011.0, Year), kind("2015", 2015.0, Year)],
        ),
        ("هجوم 11 سبتمبر", vec![kind("11", 11.0, DateOrTime)]),
        (
            "في 20 كانون الثاني 2022",
            vec![kind("20", 20.0, DateOrTime), kind("2022", 2022.0, Year)],
        ),
    ]);
}

#[test]
fn real_news_sentences() {
    check(&[
        // SaudiNewsNet
        (
            "وكانت رواندا نفسها ضحية لأعمال إبادة جماعية قتل فيها 800 ألف شخص",
            vec![exact("800 ألف", 8e5)],
        ),
        // SaudiNewsNet
        (
            "ومنذ مطلع العام الحالي فقدَ الذهب من قيمته نحو 12 في المائة",
            vec![Want {
                approx: true,
                ..percent("نحو 12 في المائة", 12.0)
            }],
        ),
        // SaudiNewsNet
        (
            "وقد قتل آنذاك خمسة جنود أفغان واصيب ثمانية آخرون",
            vec![exact("خمسة", 5.0), exact("ثمانية", 8.0)],
        ),
        // SaudiNewsNet
        (
            "وأمام أعضاء الكونغرس 60 يوما لمراجعة الاتفاق",
            vec![exact("60", 60.0)],
        ),
    ]);
}

#[test]
fn nothing_in_ordinary_words() {
    check(&[
        ("الواحد", vec![]),
        ("يوم الاثنين", vec![]),
        ("قال أحد المسؤولين", vec![]),
        ("نص البيان", vec![]),
        ("اقتصاد متين", vec![]),
        ("no one was hurt", vec![]),
        ("التنين الصيني", vec![]),
        ("يوم الأحد", vec![]),
        ("http://example.com/a?id=30%25", vec![]),
    ]);
}

#[test]
fn spans_cover_harakat_and_tanween() {
    let text = "قُتِلَ ثَلاثَةٌ";
    let got = found(text);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].text, "ثَلاثَةٌ");
}

#[test]
fn exact_value_qualifiers() {
    check(&[
        (
            "بلغ العدد ما يعادل 300 جندي",
            vec![exact("ما يعادل 300", 300.0)],
        ),
        ("الرقم يساوي 20", vec![exact("يساوي 20", 20.0)]),
        (
            "a toll equal to 40 deaths",
            vec![exact("equal to 40", 40.0)],
        ),
        ("the toll equals 12", vec![exact("equals 12", 12.0)]),
        ("تعادل 2 مع", vec![exact("2", 2.0)]),
        (
            "عدد يساوي 500 أو أقل",
            vec![bounds("يساوي 500 أو أقل", None, Some(500.0))],
        ),
        (
            "أعلى من أو يساوي مائة",
            vec![bounds("أعلى من أو يساوي مائة", Some(100.0), None)],
        ),
        (
            "أدنى من أو يساوي خمسين",
            vec![bounds("أدنى من أو يساوي خمسين", None, Some(50.0))],
        ),
        ("تحت 18 عاماً", vec![bounds("تحت 18", None, Some(17.0))]),
        // `فوق` and `تحت` bound only a number right after them.
        ("تحت الأنقاض 12 جثة", vec![exact("12", 12.0)]),
        ("فوق سطح المبنى خمسة قناصة", vec![exact("خمسة", 5.0)]),
    ]);
}

#[test]
fn spans_leave_out_the_conjunction_of_a_qualifier() {
    check(&[
        (
            "قتل أكثر من 40 وأقل من 10 أطفال",
            vec![
                bounds("أكثر من 40", Some(41.0), None),
                bounds("أقل من 10", None, Some(9.0)),
            ],
        ),
        (
            "ومن 200 إلى 300 في عام 2008",
            vec![
                bounds("من 200 إلى 300", Some(200.0), Some(300.0)),
                kind("2008", 2008.0, NumberKind::Year),
            ],
        ),
        ("وقرابة 140 جريحاً", vec![about("قرابة 140", 140.0)]),
        ("مقارنة بنحو 895", vec![about("نحو 895", 895.0)]),
        (
            "الهجوم الذي استمر لقرابة تسعة أيام",
            vec![about("قرابة تسعة", 9.0)],
        ),
        (
            "لأكثر من 100 يوم",
            vec![bounds("أكثر من 100", Some(101.0), None)],
        ),
        (
            "بأكثر من 30 مليار ريال",
            vec![bounds("أكثر من 30 مليار", Some(30e9 + 1.0), None)],
        ),
        (
            "بما يعادل 80 في المئة",
            vec![percent("ما يعادل 80 في المئة", 80.0)],
        ),
        // `بدون` is no `دون`.
        ("بدون 5 لاعبين", vec![exact("5", 5.0)]),
        (
            "فنحو عشرات",
            vec![Want {
                approx: true,
                ..vague("نحو عشرات", Vague::Dozens, 20.0, Some(99.0))
            }],
        ),
        // A number word keeps its conjunction: it is part of the figure.
        ("والخمسين", vec![ordinal("والخمسين", 50.0)]),
        ("وخمسة جرحى", vec![exact("وخمسة", 5.0)]),
    ]);
}

#[test]
fn ranges_with_spaced_dashes_and_trailing_years() {
    check(&[
        (
            "نزح ١٠٠٠ - ٥٠٠٠ شخص",
            vec![bounds("١٠٠٠ - ٥٠٠٠", Some(1000.0), Some(5000.0))],
        ),
        (
            "ارتفع من ٢٠٠ الى ٣٠٠٠ في ٢٠١٨",
            vec![
                bounds("من ٢٠٠ الى ٣٠٠٠", Some(200.0), Some(3000.0)),
                kind("٢٠١٨", 2018.0, NumberKind::Year),
            ],
        ),
        (
            "قتل 12 في 2019",
            vec![exact("12", 12.0), kind("2019", 2019.0, NumberKind::Year)],
        ),
    ]);
}

#[test]
fn bounds_on_fractions_are_the_fraction() {
    check(&[
        (
            "أكثر من نصف السكان",
            vec![bounds("أكثر من نصف", Some(0.5), None)],
        ),
        (
            "أقل من ربع المقاتلين",
            vec![bounds("أقل من ربع", None, Some(0.25))],
        ),
        (
            "more than half",
            vec![bounds("more than half", Some(0.5), None)],
        ),
        (
            "أكثر من 2.5 مليون",
            vec![bounds("أكثر من 2.5 مليون", Some(2_500_001.0), None)],
        ),
        ("أقل من 1.5", vec![bounds("أقل من 1.5", None, Some(1.5))]),
        (
            "أكثر من 1/3 السكان",
            vec![bounds("أكثر من 1/3", Some(1.0 / 3.0), None)],
        ),
        (
            "أكبر من ربع و أقل من نصف",
            vec![bounds("أكبر من ربع و أقل من نصف", Some(0.25), Some(0.5))],
        ),
        (
            "فوق الربع وتحت النصف",
            vec![bounds("فوق الربع وتحت النصف", Some(0.25), Some(0.5))],
        ),
        // A definite fraction with no comparison is a noun.
        ("في النصف الثاني من العام", vec![ordinal("الثاني", 2.0)]),
        // A date after `اكثر من` stays a date when it is no proper fraction.
        (
            "أكثر من 5/3",
            vec![kind("5/3", 5.0, NumberKind::DateOrTime)],
        ),
    ]);
}

#[test]
fn fractions_in_construct_state() {
    check(&[
        ("خمس السكان", vec![exact("خمس", 0.2)]),
        ("قتل عشر المقاتلين", vec![exact("عشر", 0.1)]),
        ("ثلث النازحين", vec![exact("ثلث", 1.0 / 3.0)]),
        ("ثلثا السكان", vec![exact("ثلثا", 2.0 / 3.0)]),
        ("سدس الأراضي", vec![exact("سدس", 1.0 / 6.0)]),
        ("وعشر الجنود", vec![exact("وعشر", 0.1)]),
        (
            "لا يزيد على عشر المبلغ",
            vec![bounds("لا يزيد على عشر", None, Some(0.1))],
        ),
        ("خمس العشرين", vec![exact("خمس العشرين", 4.0)]),
        ("نصف المليون", vec![exact("نصف المليون", 5e5)]),
        // A cardinal from three to ten counts an indefinite plural.
        ("خمس فطائر", vec![exact("خمس", 5.0)]),
        ("عشر سنوات", vec![exact("عشر", 10.0)]),
        ("خمس آلاف", vec![exact("خمس آلاف", 5000.0)]),
        ("خمس التي", vec![exact("خمس", 5.0)]),
        // Alone it stays ambiguous: a cardinal. Joined by `و` to a number it cannot add
        // to, with nothing counted after it, it is the fraction; before a noun, a count.
        ("خمس", vec![exact("خمس", 5.0)]),
        ("ثلاث وخمس", vec![exact("ثلاث وخمس", 3.2)]),
        (
            "ثلاث وخمس ساعات",
            vec![exact("ثلاث", 3.0), exact("وخمس", 5.0)],
        ),
    ]);
}

#[test]
fn fractions_counted_after_tens() {
    check(&[
        ("ثلاثة وعشرون خمس", vec![exact("ثلاثة وعشرون خمس", 4.6)]),
        ("مائة وثلاثون ربع", vec![exact("مائة وثلاثون ربع", 32.5)]),
        // Digits or a following number word are no such count.
        ("20 خمس", vec![exact("20", 20.0), exact("خمس", 5.0)]),
    ]);
}

#[test]
fn places_written_without_and() {
    check(&[
        ("322 مائة", vec![exact("322 مائة", 32_200.0)]),
        (
            "٤ آلاف ٣ مائة و ٢١",
            vec![exact("٤ آلاف ٣ مائة و ٢١", 4321.0)],
        ),
        ("ألف خمس مائة", vec![exact("ألف خمس مائة", 1500.0)]),
        ("ألف خمسمائة نازح", vec![exact("ألف خمسمائة", 1500.0)]),
        ("مليون 3 آلاف", vec![exact("مليون 3 آلاف", 1_003_000.0)]),
        (
            "من ألف الى ألف خمس مائة",
            vec![bounds(
                "من ألف الى ألف خمس مائة",
                Some(1000.0),
                Some(1500.0),
            )],
        ),
        ("ثلاثمائة ودزينتين", vec![exact("ثلاثمائة ودزينتين", 324.0)]),
        // A number after a scale with no smaller place after it is a number of its own.
        ("ألف 5 منهم", vec![exact("ألف", 1000.0), exact("5", 5.0)]),
    ]);
}

#[test]
fn pronouns_and_tags_are_no_figures() {
    check(&[
        ("أي واحد تفضل؟", vec![]),
        ("كل واحد منهم", vec![]),
        ("<b> 29", vec![exact("29", 29.0)]),
        ("x>10", vec![bounds(">10", Some(11.0), None)]),
    ]);
}

/// Each part of `الثامنة وعشرين` read on its own, as a clock reads it.
#[test]
fn read_number_at_reads_one_part() {
    // (text, first token, token limit, value, ordinal)
    let cases: &[(&str, usize, usize, f64, bool)] = &[
        ("الثامنة وعشرين دقيقة", 0, 1, 8.0, true),
        ("الثامنة وعشرين دقيقة", 1, 3, 20.0, false),
        ("الساعة خمسة وخمسين", 1, 2, 5.0, false),
        ("الساعة خمسة وخمسين", 2, 3, 50.0, false),
        ("الحادية عشرة", 0, 2, 11.0, true),
    ];
    for &(text, i, limit, value, ordinal) in cases {
        let norm = rasid_text::Normalized::new(text);
        let tokens = rasid_text::tokenize(norm.as_str());
        let got = rasid_numbers::read_number_at(norm.as_str(), &tokens[..limit], i)
            .map(|n| (n.value, n.ordinal));
        assert_eq!(got, Some((value, ordinal)), "{text:?} at {i}");
    }
}

/// Found by the fuzzer (`0e909` was 0 × ∞ = NaN): every value a mention carries is finite,
/// whatever the digits say.
#[test]
fn overflowing_digits_give_no_infinite_or_nan_figure() {
    let long = "9".repeat(400);
    let inputs = [
        "0e909",
        "5e999 قتيلا",
        "*.9.9.9\u{1f}0e909.!0.0000..0000.0,.a.9.09n",
        long.as_str(),
        "1e308 و1e308",
    ];
    for input in inputs {
        let n = rasid_text::Normalized::new(input);
        let tokens = rasid_text::tokenize(n.as_str());
        for m in rasid_numbers::find_numbers(&n, &tokens) {
            for v in [m.value, m.low, m.high].into_iter().flatten() {
                assert!(v.is_finite(), "{input:?} gave {m:?}");
            }
            if let (Some(low), Some(high)) = (m.low, m.high) {
                assert!(low <= high, "{input:?} gave {m:?}");
            }
        }
    }
}

/// A mention as these tables write it: its original text, value and kind.
type Seen<'a> = (&'a str, Option<f64>, NumberKind);

/// Numbers that are no counts stay out of the figures, whatever their shape.
#[test]
fn phone_numbers_and_slash_decimals() {
    let cases: &[(&str, &[Seen<'_>])] = &[
        (
            "للتواصل: +963 11 2345678 أو 00963112345678",
            &[
                ("+963 11 2345678", Some(963.0), NumberKind::Identifier),
                (
                    "00963112345678",
                    Some(963_112_345_678.0),
                    NumberKind::Identifier,
                ),
            ],
        ),
        // A percent after `a/b` rules out a date: the Egyptian decimal slash.
        (
            "ارتفع التضخم ١١/١٠ في المئة",
            &[("١١/١٠ في المئة", Some(11.1), NumberKind::Percent)],
        ),
        // Without one, `11/10` is the eleventh of October.
        (
            "وصل في ١١/١٠",
            &[("١١/١٠", Some(11.0), NumberKind::DateOrTime)],
        ),
    ];
    for (input, want) in cases {
        let n = rasid_text::Normalized::new(input);
        let tokens = rasid_text::tokenize(n.as_str());
        let got: Vec<Seen<'_>> = rasid_numbers::find_numbers(&n, &tokens)
            .into_iter()
            .map(|m| (&input[m.span.clone()], m.value, m.kind))
            .collect();
        assert_eq!(&got, want, "{input}");
    }
}
