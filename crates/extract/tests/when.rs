//! When each figure happened and which incident of its document it belongs to, on
//! readable Arabic and English reports (not from the seed articles). Sentences followed by
//! a URL are quoted from the SaudiNewsNet corpus (CC BY-NC-SA 4.0).
use jiff::civil::DateTime;
use rasid_extract::{extract, Claim, ClaimWords, Episode};
use rasid_lexicon::Knowledge;
use std::sync::LazyLock;

static KNOWLEDGE: LazyLock<Knowledge> = LazyLock::new(Knowledge::bundled);
static WORDS: LazyLock<ClaimWords> = LazyLock::new(ClaimWords::bundled);

/// The claims of `text`, published at `published` (`YYYY-MM-DDTHH:MM:SS`) if given.
fn claims(text: &str, published: Option<&str>) -> Vec<Claim<'static>> {
    let published = published.map(|p| p.parse::<DateTime>().expect("a date-time"));
    extract(&WORDS, &KNOWLEDGE, text, published).claims
}

/// The claim whose number reads `figure`.
fn claim_of<'a>(text: &str, all: &'a [Claim<'static>], figure: &str) -> &'a Claim<'static> {
    all.iter()
        .find(|c| text.get(c.figure.clone()) == Some(figure))
        .unwrap_or_else(|| panic!("no claim for {figure:?} in {text:?}: {all:#?}"))
}

/// main, recalled or description.
fn episode_name(e: Episode) -> &'static str {
    match e {
        Episode::Main => "main",
        Episode::Recalled(_) => "recalled",
        Episode::Description => "description",
    }
}

/// (published, text, figure, episode, time words, precision, start, as_of)
type Case = (
    Option<&'static str>,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
);

const CASES: &[Case] = &[
    // A relative day resolved against the publication date.
    (
        Some("2015-08-09T10:00:00"),
        "قتل 12 مدنيا أمس في قصف على مدينة تعز.",
        "12",
        "main",
        Some("أمس"),
        "day",
        Some("2015-08-08"),
        None,
    ),
    // A weekday with no reference is never guessed ...
    (
        None,
        "قتل 5 جنود يوم الثلاثاء في هجوم على حاجز.",
        "5",
        "main",
        Some("يوم الثلاثاء"),
        "unresolved",
        None,
        None,
    ),
    // ... and with one it is the last Tuesday.
    (
        Some("2024-01-18T10:00:00"),
        "قتل 5 جنود يوم الثلاثاء في هجوم على حاجز.",
        "5",
        "main",
        Some("يوم الثلاثاء"),
        "day",
        Some("2024-01-16"),
        None,
    ),
    // `العام الماضي` recalls an earlier event (its first months: a window); the figure
    // before it is today's.
    // http://aawsat.com/home/article/412926 (second sentence)
    (
        Some("2015-07-25T10:00:00"),
        "قتل 3 أشخاص أمس في اشتباكات قبلية في سبها. وفي مطلع العام الماضي قتل 119 شخصا وجرح 243 آخرون في اشتباكات دامت نحو أسبوعين.",
        "119",
        "recalled",
        Some("مطلع العام الماضي"),
        "window",
        Some("2014-01-01"),
        None,
    ),
    (
        Some("2015-07-25T10:00:00"),
        "قتل 3 أشخاص أمس في اشتباكات قبلية في سبها. وفي مطلع العام الماضي قتل 119 شخصا وجرح 243 آخرون في اشتباكات دامت نحو أسبوعين.",
        "3",
        "main",
        Some("أمس"),
        "day",
        Some("2015-07-24"),
        None,
    ),
    // An anniversary with no date: the event after the marker is recalled.
    (
        None,
        "تجمع الأهالي أمام المسجد في الذكرى السنوية للتفجير الذي قتل فيه 40 شخصا.",
        "40",
        "recalled",
        None,
        "unresolved",
        None,
        None,
    ),
    // A year clearly before the main event's date.
    (
        None,
        "قتل 7 من عناصر الشرطة في 3 آب 2015 بهجوم على مركز أمني. وكان التنظيم قد سيطر على المدينة عام 2012 وقتل فيها 200 شخص.",
        "200",
        "recalled",
        Some("عام 2012"),
        "year",
        Some("2012"),
        None,
    ),
    (
        None,
        "قتل 7 من عناصر الشرطة في 3 آب 2015 بهجوم على مركز أمني. وكان التنظيم قد سيطر على المدينة عام 2012 وقتل فيها 200 شخص.",
        "7",
        "main",
        Some("3 آب 2015"),
        "day",
        Some("2015-08-03"),
        None,
    ),
    // A recalled event goes on in the next sentence (`ذلك الهجوم`) and takes its date;
    // `هذا الانفجار` is the report's own event again.
    (
        None,
        "ويأتي الانفجار في الذكرى الثانية لهجوم عام 2013 على السوق نفسه. وأسفر ذلك الهجوم عن مقتل 60 شخصا. وأدى هذا الانفجار إلى إصابة 4 أشخاص.",
        "60",
        "recalled",
        Some("عام 2013"),
        "year",
        Some("2013"),
        None,
    ),
    (
        None,
        "ويأتي الانفجار في الذكرى الثانية لهجوم عام 2013 على السوق نفسه. وأسفر ذلك الهجوم عن مقتل 60 شخصا. وأدى هذا الانفجار إلى إصابة 4 أشخاص.",
        "4",
        "main",
        None,
        "unresolved",
        None,
        None,
    ),
    // One sentence, two events: each figure takes the time nearest to it.
    (
        Some("2015-08-05T10:00:00"),
        "قتل 5 أشخاص اليوم في الذكرى السنوية لمجزرة عام 2013 التي قتل فيها 40 شخصا.",
        "5",
        "main",
        Some("اليوم"),
        "day",
        Some("2015-08-05"),
        None,
    ),
    (
        Some("2015-08-05T10:00:00"),
        "قتل 5 أشخاص اليوم في الذكرى السنوية لمجزرة عام 2013 التي قتل فيها 40 شخصا.",
        "40",
        "recalled",
        Some("عام 2013"),
        "year",
        Some("2013"),
        None,
    ),
    // English: a weekday resolved, and `two years ago`.
    (
        Some("2015-08-05T10:00:00"),
        "A suicide bomber killed 25 people on Monday. Two years ago, 40 people were killed in a similar attack on the same mosque.",
        "25",
        "main",
        Some("on Monday"),
        "day",
        Some("2015-08-03"),
        None,
    ),
    (
        Some("2015-08-05T10:00:00"),
        "A suicide bomber killed 25 people on Monday. Two years ago, 40 people were killed in a similar attack on the same mosque.",
        "40",
        "recalled",
        Some("Two years ago"),
        "year",
        Some("2013"),
        None,
    ),
    // A held population or a capacity with no event word of its own: no incident, and
    // no time borrowed from the event beside it.
    (
        Some("2015-08-05T10:00:00"),
        "ويضم السجن نحو 2000 سجين.",
        "نحو 2000",
        "description",
        None,
        "unresolved",
        None,
        None,
    ),
    // http://www.alriyadh.com/1071599
    (
        None,
        "وأفاد الحربي بأن سجن الناصرية الذي يقبع فيه قرابة 50 سجيناً سعودياً يعد الأكبر من بين السجون.",
        "قرابة 50",
        "description",
        None,
        "unresolved",
        None,
        None,
    ),
    (
        Some("2015-08-05T10:00:00"),
        "The prison, which holds about 1,500 inmates, was attacked on Monday.",
        "about 1,500",
        "description",
        None,
        "unresolved",
        None,
        None,
    ),
    // Day N of the event: `day 3` with its first day unknown, a date with it known.
    (
        None,
        "وفي اليوم الثالث للهجوم ارتفع عدد القتلى إلى 45.",
        "45",
        "main",
        None,
        "unresolved",
        None,
        Some("day 3"),
    ),
    (
        None,
        "بدأ الهجوم في 10 آب 2015. وفي اليوم الثالث للهجوم ارتفع عدد القتلى إلى 45.",
        "45",
        "main",
        Some("10 آب 2015"),
        "day",
        Some("2015-08-10"),
        Some("2015-08-12"),
    ),
    (
        Some("2015-08-12T10:00:00"),
        "قتل 45 شخصا أمس في اليوم الثالث للهجوم على المدينة.",
        "45",
        "main",
        Some("أمس"),
        "day",
        Some("2015-08-11"),
        Some("2015-08-11"),
    ),
    // A time after publication is a plan, not the time of the figure's event.
    (
        Some("2015-08-05T10:00:00"),
        "قتل 8 أشخاص أمس في هجوم على قرية، وستبدأ المحاكمة يوم الأحد المقبل.",
        "8",
        "main",
        Some("أمس"),
        "day",
        Some("2015-08-04"),
        None,
    ),
    (
        Some("2015-08-05T10:00:00"),
        "وستبدأ محاكمة المتهمين بقتل 8 أشخاص يوم الأحد المقبل.",
        "8",
        "main",
        None,
        "unresolved",
        None,
        None,
    ),
    // A few days ago bounds an unknown day: a window.
    (
        Some("2015-08-05T10:00:00"),
        "وكان 9 أشخاص قد قتلوا قبل أيام في انفجار مماثل في المدينة.",
        "9",
        "main",
        Some("قبل أيام"),
        "window",
        Some("2015-07-27"),
        None,
    ),
    // A toll counted up to a day.
    (
        None,
        "قتل 20 شخصا حتى 5 آب 2015 في المعارك.",
        "20",
        "main",
        None,
        "unresolved",
        None,
        Some("2015-08-05"),
    ),
    // A marker inside a stretch recalls nothing: `منذ العام الماضي` runs to now.
    (
        Some("2015-08-05T10:00:00"),
        "وهي المعارك الأعنف منذ العام الماضي، وقتل فيها 30 شخصا.",
        "30",
        "main",
        None,
        "unresolved",
        None,
        None,
    ),
    // `منذ` a year is a stretch reaching to now, not the event's time.
    (
        None,
        "للمرة الأولى منذ عام 2014 قتل 9 جنود في هجوم على الحدود.",
        "9",
        "main",
        None,
        "unresolved",
        None,
        None,
    ),
];

#[test]
fn time_episode_and_as_of_of_each_figure() {
    let mut failures = Vec::new();
    for &(published, text, figure, episode, words, precision, start, as_of) in CASES {
        let all = claims(text, published);
        let c = claim_of(text, &all, figure);
        let got = (
            episode_name(c.episode),
            c.time.text.clone().and_then(|r| text.get(r)),
            c.time.precision_name(),
            c.time.start_text(),
            c.as_of.map(|a| a.to_string()),
        );
        let want = (
            episode,
            words,
            precision,
            start.map(str::to_owned),
            as_of.map(str::to_owned),
        );
        if got != want {
            failures.push(format!(
                "{text} [{figure}]\n  got  {got:?}\n  want {want:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn recalled_events_of_two_years_are_two_episodes_and_one_year_is_one() {
    let text = "قتل 7 من عناصر الشرطة في 3 آب 2015 بهجوم على مركز أمني. \
        وكان التنظيم قد قتل 30 شخصا في المدينة عام 2012. \
        وفي عام 2010 قتل 15 شخصا في تفجير مماثل. \
        وأصيب 12 آخرون في هجوم عام 2012.";
    let all = claims(text, None);
    let of = |f: &str| claim_of(text, &all, f).episode;
    assert_eq!(of("7"), Episode::Main);
    assert!(matches!(of("30"), Episode::Recalled(_)), "{:?}", of("30"));
    assert!(matches!(of("15"), Episode::Recalled(_)), "{:?}", of("15"));
    assert_ne!(of("30"), of("15"), "2012 and 2010 are two events");
    assert_eq!(of("30"), of("12"), "two figures of 2012 are one event");
}

#[test]
fn time_words_point_at_the_documents_own_bytes() {
    for &(published, text, ..) in CASES {
        for c in claims(text, published) {
            if let Some(r) = c.time.text {
                assert!(text.get(r.clone()).is_some(), "{text}: {r:?}");
            }
        }
    }
}

#[test]
fn a_date_whose_two_month_names_disagree_says_so() {
    // (text, figure, whether its date contradicts itself)
    let cases = [
        (
            "قتل 6 أشخاص في 14 شباط/مارس 2016 بتفجير في السوق.",
            "6",
            true,
        ),
        (
            "قتل 6 أشخاص في 14 شباط/فبراير 2016 بتفجير في السوق.",
            "6",
            false,
        ),
    ];
    for (text, figure, disagree) in cases {
        let all = claims(text, None);
        let c = claim_of(text, &all, figure);
        assert_eq!(
            c.time.month_names_disagree, disagree,
            "{text}: {:?}",
            c.time
        );
    }
}

#[test]
fn an_anniversary_bounds_the_relative_dates_of_an_undated_text() {
    // (text, figure, its start and end, its precision): with no publication date, the
    // anniversary the text names bounds when it was written.
    let cases = [
        (
            "قتل 4 حراس صباح اليوم الثلاثاء في هجوم على السجن، مع قرب حلول الذكرى السنوية \
             الثانية للهجوم الذي شنه التنظيم على السجن في 20 كانون الثاني 2022.",
            "4",
            (Some("2023-01-20"), Some("2024-01-20")),
            "window",
        ),
        (
            "Gunmen killed 3 guards on Tuesday, days before the first anniversary of the \
             attack of 5 March 2020.",
            "3",
            // The last Tuesday before the anniversary.
            (Some("2020-03-05"), Some("2021-03-02")),
            "window",
        ),
        // No ordinal: no bound, and the weekday stays unresolved.
        (
            "قتل 4 حراس صباح اليوم الثلاثاء في ذكرى الهجوم على السجن في 20 كانون الثاني 2022.",
            "4",
            (None, None),
            "unresolved",
        ),
    ];
    for (text, figure, (start, end), precision) in cases {
        let all = claims(text, None);
        let c = claim_of(text, &all, figure);
        assert_eq!(
            (
                c.time.start_text().as_deref(),
                c.time.end_text().as_deref(),
                c.time.precision_name()
            ),
            (start, end, precision),
            "{text}: {:?}",
            c.time
        );
    }
}
