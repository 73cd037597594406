//! The extractor on readable Arabic and English sentences (not from the seed articles),
//! with small word lists of its own so that the rules, not the data, are under test.
use rasid_extract::{extract, ClaimSources, ClaimWords};
use rasid_lexicon::Knowledge;
use std::sync::LazyLock;

static KNOWLEDGE: LazyLock<Knowledge> = LazyLock::new(Knowledge::bundled);
static WORDS: LazyLock<ClaimWords> = LazyLock::new(|| {
    ClaimWords::new(&ClaimSources {
        measures: "form\tmeasure\tunit\tnote\n\
            مقتل\tkilled\tpeople\t\n\
            قتل\tkilled\tpeople\t\n\
            قتيلا\tkilled\tpeople\t\n\
            فر\tescaped\tpeople\t\n\
            أصيب\twounded\tpeople\t\n\
            killed\tkilled\tpeople\t\n",
        attribution: "form\trole\tnote\n\
            بحسب\taccording_to\t\n\
            قال\tsaid\t\n\
            مصادر محلية\tunnamed_source\t\n\
            يعتقد\tbelieved\t\n\
            according to\taccording_to\t\n",
        modifiers: "form\trole\tnote\nلا يتجاوز\tat_most\t\n",
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
