//! The extractor on readable Arabic and English sentences (not from the seed articles),
//! with small word lists of its own so that the rules, not the data, are under test.
use rasid_extract::{extract, ClaimSources, ClaimWords};
use rasid_lexicon::Knowledge;
use std::sync::LazyLock;

static KNOWLEDGE: LazyLock<Knowledge> = LazyLock::new(Knowledge::bundled);
static WORDS: LazyLock<ClaimWords> = LazyLock::new(|| {
    ClaimWords::new(&ClaimSources {
        measures: "form\tmeasure\tunit\tkind\tnote\n\
            مقتل\tkilled\tpeople\tevent\t\n\
            قتل\tkilled\tpeople\tevent\t\n\
            قتيلا\tkilled\tpeople\tevent\t\n\
            قتلوا\tkilled\tpeople\tevent\t\n\
            قتلى\tkilled\tpeople\tevent\t\n\
            جرحى\twounded\tpeople\tstatus\t\n\
            توفي\tkilled\tpeople\tevent\t\n\
            أسر\tcaptured\tpeople\tevent\t\n\
            فر\tescaped\tpeople\tevent\t\n\
            الفرار\tescaped\tpeople\tevent\t\n\
            حاولوا الفرار\tattempted_escape\tpeople\tevent\t\n\
            استسلم\tsurrendered\tpeople\tevent\t\n\
            أصيب\twounded\tpeople\tevent\t\n\
            إصابة\twounded\tpeople\tevent\t\n\
            اعتقال\tarrested\tpeople\tevent\t\n\
            سجين\tdetained\tpeople\tstatus\t\n\
            سجينا\tdetained\tpeople\tstatus\t\n\
            سجناء\tdetained\tpeople\tstatus\t\n\
            معتقل\tdetained\tpeople\tstatus\t\n\
            معتقلا\tdetained\tpeople\tstatus\t\n\
            يضم\tdetained\tpeople\tholding\t\n\
            سجن\tdetained\tpeople\tplace\t\n\
            أفرجت\tnone\tpeople\tevent\t\n\
            دولة\tnone\tpeople\tthing\t\n\
            عاما\tnone\tpeople\tthing\t\n\
            أيام\tnone\tdays\ttime\t\n\
            لمدة\tduration\tdays\tevent\t\n\
            استمرت\tduration\tdays\tevent\t\n\
            سعة\tcapacity\tpeople\tholding\t\n\
            يستوعب\tcapacity\tpeople\tholding\t\n\
            ضبط\tarrested\tpeople\tseizing\t\n\
            القضاء على\tkilled\tpeople\tseizing\t\n\
            أصاب\twounded\tpeople\tevent\t\n\
            killed\tkilled\tpeople\tevent\t\n\
            wounded\twounded\tpeople\tevent\t\n",
        attribution: "form\trole\tnote\n\
            بحسب\taccording_to\t\n\
            قال\tsaid\t\n\
            مصادر محلية\tunnamed_source\t\n\
            يعتقد\tbelieved\t\n\
            أفاد\tsaid\t\n\
            أشارت\tsaid\t\n\
            مصدر\tunnamed_source\t\n\
            ناشطين\tunnamed_source\t\n\
            أنباء عن\trumour\t\n\
            according to\taccording_to\t\n\
            said\tsaid\t\n",
        modifiers: "form\trole\tnote\nلا يتجاوز\tat_most\t\nالعديد من\tvague_unspecified\t\n",
        nouns: "form\tcount\tnote\nجنديان\t2\t\nضابط\t1\t\nفتى\t1\t\nقتلى\tsome\t\nجرحى\tsome\t\n",
        contexts: "form\tcontext\tnote\nحادث مروري\taccident\t\n",
        boilerplate: "pattern\tkind\tnote\nPhoto by\tcredit\t\n",
    })
});

/// (text, measure, low, high, approx, actor, source kind, hedge)
type Case = (
    &'static str,
    &'static str,
    Option<u64>,
    Option<u64>,
    bool,
    &'static str,
    &'static str,
    &'static str,
);

#[test]
fn figures_with_their_measure_actor_source_and_hedge() {
    let cases: &[Case] = &[
        (
            "أسفر الهجوم عن مقتل قرابة 140 عنصرا من قوات سوريا الديمقراطية",
            "killed",
            Some(140),
            Some(140),
            true,
            "SDF",
            "author",
            "asserted",
        ),
        (
            "قتل 40 مدنيا في غارة جوية على ريف إدلب، بحسب المرصد السوري لحقوق الإنسان",
            "killed",
            Some(40),
            Some(40),
            false,
            "CIVILIANS",
            "named",
            "attributed",
        ),
        (
            "وقالت مصادر محلية إنه فر أكثر من 100 معتقل من السجن",
            "escaped",
            Some(101),
            None,
            false,
            "UNKNOWN",
            "unnamed",
            "attributed",
        ),
        (
            "At least 20 fighters were killed, according to the Syrian Observatory for Human Rights",
            "killed",
            Some(20),
            None,
            false,
            "UNKNOWN",
            "named",
            "attributed",
        ),
    ];
    for &(text, measure, low, high, approx, actor, kind, hedge) in cases {
        let got = extract(&WORDS, &KNOWLEDGE, text, None);
        let c = got
            .claims
            .first()
            .unwrap_or_else(|| panic!("{text}: no claim"));
        assert_eq!(
            (
                c.measure,
                c.value.low,
                c.value.high,
                c.value.approx,
                c.actor,
                c.source.kind,
                c.hedge
            ),
            (measure, low, high, approx, actor, kind, hedge),
            "{text}"
        );
        // Evidence points at real bytes of the original.
        assert!(text.get(c.evidence.clone()).is_some(), "{text}");
    }
}

#[test]
fn english_states_the_event_after_the_count() {
    let got = figures("Two soldiers were killed and three others wounded, according to the army");
    assert_eq!(
        got.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
        vec![("killed", Some(2)), ("wounded", Some(3))]
    );
}

#[test]
fn numbers_that_count_nothing_violent_are_no_claims() {
    for text in [
        "بلغت قيمة الصفقة 40 مليون دولار",
        "افتتح الوزير 12 مدرسة جديدة في المحافظة",
        "ولد عام 1985 في مدينة حلب",
        "Photo by AFP: 3 killed",
    ] {
        let got = extract(&WORDS, &KNOWLEDGE, text, None);
        assert!(got.claims.is_empty(), "{text}: {:?}", got.claims);
    }
}

#[test]
fn a_believed_figure_is_hedged_and_vague_figures_keep_their_bounds() {
    let got = extract(
        &WORDS,
        &KNOWLEDGE,
        "يعتقد أن عشرات المسلحين فر من السجن",
        None,
    );
    let c = got.claims.first().expect("a claim");
    assert_eq!(
        (c.value.vague, c.value.low, c.value.high, c.hedge),
        (Some("dozens"), Some(20), Some(99), "believed")
    );
}

#[test]
fn plurals_of_magnitude_above_thousands_are_thousands_with_their_own_bounds() {
    let got = extract(
        &WORDS,
        &KNOWLEDGE,
        "قتل عشرات الآلاف من المدنيين خلال الحرب",
        None,
    );
    let c = got.claims.first().expect("a claim");
    assert_eq!(
        (c.value.vague, c.value.low, c.value.high),
        (Some("thousands"), Some(20_000), Some(99_999))
    );
}

#[test]
fn a_plural_of_casualties_with_no_number_is_a_count_with_no_size() {
    // (text, the measures of its figures: each with no size)
    let cases: &[(&str, &[&str])] = &[
        ("أسفر القصف عن سقوط قتلى وجرحى", &["killed", "wounded"]),
        ("وأخرى عن سقوط جرحى", &["wounded"]),
        // The dead named with the article are no new figure; nor is a plural no event
        // befell.
        ("نقل القتلى إلى المستشفى", &[]),
        ("زار الوزير جرحى الحرب", &[]),
    ];
    for (text, measures) in cases {
        let got = extract(&WORDS, &KNOWLEDGE, text, None);
        let found: Vec<(&str, Option<&str>)> = got
            .claims
            .iter()
            .map(|c| (c.measure, c.value.vague))
            .collect();
        let want: Vec<(&str, Option<&str>)> =
            measures.iter().map(|m| (*m, Some("unspecified"))).collect();
        assert_eq!(found, want, "{text}");
    }
}

/// A figure as (measure, low, high, the index of the figure it is a part of).
type Figure = (&'static str, Option<u64>, Option<u64>, Option<usize>);

/// The figures of a text.
fn figures(text: &str) -> Vec<Figure> {
    extract(&WORDS, &KNOWLEDGE, text, None)
        .claims
        .iter()
        .map(|c| (c.measure, c.value.low, c.value.high, c.part_of))
        .collect()
}

#[test]
fn the_word_that_decides_what_a_number_counts() {
    let n = |m: &'static str, v: u64| -> Figure { (m, Some(v), Some(v), None) };
    let cases: Vec<(&str, Vec<Figure>)> = vec![
        // A prisoner noun gives way to the event word of its clause.
        (
            "استسلم أمس قرابة 200 معتقل من عناصر التنظيم",
            vec![n("surrendered", 200)],
        ),
        ("فر 30 سجينا من السجن المركزي", vec![n("escaped", 30)]),
        // Eliminating counts people only.
        ("تم القضاء على 8 مسلحين", vec![n("killed", 8)]),
        ("أدى التلوث إلى القضاء على 2000 سمكة", vec![]),
        // An active verb of wounding.
        (
            "قتل المسلح 2 وأصاب 7 آخرين",
            vec![n("killed", 2), n("wounded", 7)],
        ),
        (
            "وأشار المصدر إلى أن العشرات من السجناء حاولوا الفرار",
            vec![("attempted_escape", Some(20), Some(99), None)],
        ),
        // A verb of holding counts only beside a place of detention or a prisoner noun.
        ("يضم السجن نحو 3000 سجين", vec![n("detained", 3000)]),
        ("يضم التحالف 12 دولة", vec![]),
        // A release is no figure of SPEC.md's measures.
        ("أفرجت السلطات عن 50 معتقلا", vec![]),
        // Two clauses, two figures; verbs coordinated over one count state it once.
        (
            "قتل 5 أشخاص وأصيب 12 آخرون",
            vec![n("killed", 5), n("wounded", 12)],
        ),
        (
            "تمكن المسلحون من أسر وقتل العشرات من الحراس",
            vec![("captured", Some(20), Some(99), None)],
        ),
        // Nouns that carry their number.
        (
            "قتل جنديان وأصيب ثلاثة آخرون",
            vec![n("killed", 2), n("wounded", 3)],
        ),
        ("أسفر الانفجار عن مقتل ضابط", vec![n("killed", 1)]),
        // An age and the days of a siege count no people.
        ("قتل فتى يبلغ من العمر 17 عاما", vec![n("killed", 1)]),
        ("وقتل المسلحون الرهائن خلال أيام الحصار الخمسة", vec![]),
        // A duration is a figure only of an incident, in days or hours.
        (
            "استمرت الاشتباكات 7 أيام في المدينة",
            vec![("duration", Some(7), Some(7), None)],
        ),
        ("وتستمر الفعاليات لمدة 14 أيام في الحديقة", vec![]),
        // Capacity is of a place of detention; ألف is a thousand, not the article.
        (
            "بني السجن ليستوعب ألف وخمسمائة سجين",
            vec![n("capacity", 1500)],
        ),
        ("هاتف مع بطارية بسعة 3050 مللي أمبير", vec![]),
        // Seized goods are no arrest; a year alone counts no one.
        ("أعلنت الوزارة ضبط 1231 شاحن مقلد", vec![]),
        ("تم ضبط 12 شخصا في المداهمة", vec![n("arrested", 12)]),
        ("2005 - مقتل 14 جنديا في العراق", vec![n("killed", 14)]),
        // A lower bound after the count and its noun.
        (
            "وأوقع الهجوم 32 قتيلا على الأقل",
            vec![("killed", Some(32), None, None)],
        ),
        // A figure with no size says nothing a number for the same people does not.
        (
            "فر أكثر من 300 سجين من السجن، وتمكن العديد من السجناء من الفرار",
            vec![("escaped", Some(301), None, None)],
        ),
        // Deaths in an accident are no violence.
        ("توفي 4 أشخاص في حادث مروري على طريق الرياض", vec![]),
    ];
    for (text, want) in cases {
        assert_eq!(figures(text), want, "{text}");
    }
}

#[test]
fn a_list_after_a_total_gives_its_parts() {
    let got = figures("بلغ عدد القتلى 20، 15 من الجنود و5 من المدنيين");
    assert_eq!(
        got,
        vec![
            ("killed", Some(20), Some(20), None),
            ("killed", Some(15), Some(15), Some(0)),
            ("killed", Some(5), Some(5), Some(0)),
        ]
    );
    let got = figures("مقتل 10 أشخاص بينهم 3 أطفال");
    assert_eq!(
        got,
        vec![
            ("killed", Some(10), Some(10), None),
            ("killed", Some(3), Some(3), Some(0))
        ]
    );
    // A part larger than its whole is noted.
    let got = extract(&WORDS, &KNOWLEDGE, "بلغ عدد القتلى 10، 15 من الجنود", None);
    let part = got.claims.get(1).expect("a part");
    assert_eq!(part.notes, vec!["part larger than its whole"]);
}

#[test]
fn whom_a_figure_counts_and_who_states_it() {
    // (text, the figure's index, actor, source kind, source actor, hedge)
    type Attributed = (
        &'static str,
        usize,
        &'static str,
        &'static str,
        Option<&'static str>,
        &'static str,
    );
    let cases: &[Attributed] = &[
        // Others are of the group counted just before, not the perpetrator named after.
        (
            "مقتل 24 مدنيا وإصابة 37 آخرين في قصف للحوثيين",
            1,
            "CIVILIANS",
            "author",
            None,
            "asserted",
        ),
        // Who did it is not whom the figure counts.
        (
            "قتل 5 أشخاص على يد تنظيم داعش",
            0,
            "UNKNOWN",
            "author",
            None,
            "asserted",
        ),
        // A party's own people (`their fighters`) are the party's; a monitor has none.
        (
            "The Syrian Democratic Forces said 117 of their fighters were killed",
            0,
            "SDF",
            "named",
            Some("SDF"),
            "attributed",
        ),
        (
            "The Syrian Observatory for Human Rights said 40 of their fighters were killed",
            0,
            "UNKNOWN",
            "named",
            Some("SOHR"),
            "attributed",
        ),
        // `من جنوده`: the people of the actor the pronoun points back to.
        (
            "قال الجيش العراقي إن 12 من جنوده قتلوا",
            0,
            "IRAQ_GOV",
            "named",
            Some("IRAQ_GOV"),
            "attributed",
        ),
        (
            "هاجم تنظيم داعش القاعدة وقتل 12 من عناصره",
            0,
            "ISIS",
            "author",
            None,
            "asserted",
        ),
        // A monitor reports figures; it is not counted.
        (
            "قال المرصد السوري لحقوق الإنسان إن 240 شخصا قتلوا",
            0,
            "UNKNOWN",
            "named",
            Some("SOHR"),
            "attributed",
        ),
        // A source inside a party is unnamed; the party (as reporting folds it) is noted.
        (
            "أفاد مصدر في قوات البيشمركة بمقتل 18 من عناصر داعش",
            0,
            "ISIS",
            "unnamed",
            Some("KRG_GOV"),
            "attributed",
        ),
        // What follows إلى is what is said, not who says it.
        (
            "وأشارت إلى مقتل 18 مدنيا",
            0,
            "CIVILIANS",
            "named",
            None,
            "attributed",
        ),
        // Rumours are believed, from no one named.
        (
            "وسط أنباء عن سقوط 15 قتيلا في صفوف الحوثيين",
            0,
            "HOUTHIS",
            "unnamed",
            None,
            "believed",
        ),
        // One word alone names a source only beside a verb of saying.
        (
            "تم اعتقال 20 من الناشطين الأكراد",
            0,
            "KURDISH_ACTIVISTS",
            "author",
            None,
            "asserted",
        ),
    ];
    for &(text, index, actor, kind, source_actor, hedge) in cases {
        let got = extract(&WORDS, &KNOWLEDGE, text, None);
        let c = got
            .claims
            .get(index)
            .unwrap_or_else(|| panic!("{text}: no figure {index}: {:?}", got.claims));
        assert_eq!(
            (c.actor, c.source.kind, c.source.actor, c.hedge),
            (actor, kind, source_actor, hedge),
            "{text}"
        );
    }
}
