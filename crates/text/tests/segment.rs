//! Sentence and clause segmentation on news-style Arabic and English.
//!
//! Sentences marked "SaudiNewsNet" are shortened from articles of the SaudiNewsNet
//! corpus (SaudiNewsNet, CC BY-NC-SA 4.0); the others are written for these tests.

use rasid_text::{clauses, sentences, tokenize, Normalized, Segment, Token};

fn cut(text: &str, split: fn(&Normalized<'_>, &[Token]) -> Vec<Segment>) -> Vec<String> {
    let n = Normalized::new(text);
    let tokens = tokenize(n.as_str());
    split(&n, &tokens)
        .iter()
        .map(|s| text[s.span.clone()].to_string())
        .collect()
}

/// (text, expected sentences).
const SENTENCES: &[(&str, &[&str])] = &[
    // Arabic full stop and question mark (؟ normalises to ?).
    (
        "قُتل ثلاثة مدنيين في قصف على الحسكة. وأصيب خمسة آخرون بجروح؟ لا أحد يعرف!",
        &[
            "قُتل ثلاثة مدنيين في قصف على الحسكة.",
            "وأصيب خمسة آخرون بجروح؟",
            "لا أحد يعرف!",
        ],
    ),
    // A decimal number is not an end, in ASCII or Arabic digits.
    (
        "بلغت قيمة الصفقة 5.2 مليار يورو. وتسلمت مصر ٣٫٥ طائرة.",
        &["بلغت قيمة الصفقة 5.2 مليار يورو.", "وتسلمت مصر ٣٫٥ طائرة."],
    ),
    // Arabic abbreviations: د. (doctor) and أ.ف.ب.
    (
        "وقال د. محمد العلي إن الحصيلة ارتفعت. ونقلت أ.ف.ب عن مصدر أمني الخبر.",
        &["وقال د. محمد العلي إن الحصيلة ارتفعت.", "ونقلت أ.ف.ب عن مصدر أمني الخبر."],
    ),
    // A year letter after a number does end the sentence.
    (
        "وقع الهجوم في عام 2015 م. وقال شهود إن القتلى 12.",
        &["وقع الهجوم في عام 2015 م.", "وقال شهود إن القتلى 12."],
    ),
    // Paragraphs: a line break ends a headline without punctuation.
    (
        "قصف صاروخي يطال سجن الصناعة\nوأوضح المركز الإعلامي أن الهجوم فشل.",
        &["قصف صاروخي يطال سجن الصناعة", "وأوضح المركز الإعلامي أن الهجوم فشل."],
    ),
    // An ellipsis inside a headline ends a sentence; a quoted end takes its quote.
    (
        "بعد سنتين من هجوم دموي.. قصف صاروخي. وقال «انتهى الأمر.» ثم غادر.",
        &["بعد سنتين من هجوم دموي..", "قصف صاروخي.", "وقال «انتهى الأمر.»", "ثم غادر."],
    ),
    // A missing space between two Arabic sentences.
    (
        "سقط عشرة قتلى.وقال المرصد إن العدد سيرتفع.",
        &["سقط عشرة قتلى.", "وقال المرصد إن العدد سيرتفع."],
    ),
    // English abbreviations, titles and initials.
    (
        "U.S. forces killed 12 fighters, Dr. John Smith said. Gen. J. R. Allen arrived on Jan. 20 at 5 p.m. local time.",
        &[
            "U.S. forces killed 12 fighters, Dr. John Smith said.",
            "Gen. J. R. Allen arrived on Jan. 20 at 5 p.m. local time.",
        ],
    ),
    // No. before a number; a quoted question the sentence goes on after.
    (
        "Police found the car at No. 5 Main Street. \"Who did it?\" he asked. Nobody answered.",
        &[
            "Police found the car at No. 5 Main Street.",
            "\"Who did it?\" he asked.",
            "Nobody answered.",
        ],
    ),
    // A sentence ending in an initialism, and a URL.
    (
        "The strike was carried out by the U.S. The ministry posted the toll on www.spa.gov.sa today.",
        &[
            "The strike was carried out by the U.S.",
            "The ministry posted the toll on www.spa.gov.sa today.",
        ],
    ),
    // An English paragraph wrapped by hand is one sentence.
    (
        "At least 30 people were killed\nand 100 wounded in the blast.\nOfficials said so.",
        &[
            "At least 30 people were killed\nand 100 wounded in the blast.",
            "Officials said so.",
        ],
    ),
    ("", &[]),
    ("   \n\n  ", &[]),
    ("...", &["..."]),
];

#[test]
fn sentence_table() {
    for (text, expected) in SENTENCES {
        assert_eq!(cut(text, sentences), *expected, "sentences of {text:?}");
    }
}

/// (text, expected clauses).
const CLAUSES: &[(&str, &[&str])] = &[
    // SaudiNewsNet: commas and فيما / و + verb.
    (
        "وأصيب نحو 120 أيضًا ما بين رجال أمن ومواطنين، فيما قتل في هذه العمليات ستة إرهابيين، ولا تزال التحقيقات مستمرة.",
        &[
            "وأصيب نحو 120 أيضًا ما بين رجال أمن ومواطنين،",
            "فيما قتل في هذه العمليات ستة إرهابيين،",
            "ولا تزال التحقيقات مستمرة.",
        ],
    ),
    // SaudiNewsNet: في حين.
    (
        "وذكر التقرير أن الفصائل تسببت بقتل 3 مدنيين في حين بلغ عدد الضحايا 5 أشخاص.",
        &[
            "وذكر التقرير أن الفصائل تسببت بقتل 3 مدنيين",
            "في حين بلغ عدد الضحايا 5 أشخاص.",
        ],
    ),
    // A run-on sentence joined by و + verb without commas.
    (
        "قتل خمسة مدنيين في القصف وأصيب عشرة آخرون بجروح وقال المرصد إن الحصيلة مرشحة للارتفاع",
        &[
            "قتل خمسة مدنيين في القصف",
            "وأصيب عشرة آخرون بجروح",
            "وقال المرصد إن الحصيلة مرشحة للارتفاع",
        ],
    ),
    // Never inside a number, a number phrase or a pair of names.
    (
        "قتل 1,500 عنصر من قوات سوريا الديمقراطية والتحالف الدولي خلال ألف وخمسمائة يوم",
        &["قتل 1,500 عنصر من قوات سوريا الديمقراطية والتحالف الدولي خلال ألف وخمسمائة يوم"],
    ),
    // Never inside a date: weekday comma, month pair with a slash, a time.
    (
        "وقع الهجوم يوم الأحد، 20 كانون الثاني/ يناير عند الساعة 10:30 صباحا",
        &["وقع الهجوم يوم الأحد، 20 كانون الثاني/ يناير عند الساعة 10:30 صباحا"],
    ),
    // بينما، كما، ثم and a pronoun subject.
    (
        "هاجم التنظيم السجن بينما كانت القوات تحرس المدخل ثم انسحب المهاجمون وهم يحملون أسلحتهم",
        &[
            "هاجم التنظيم السجن",
            "بينما كانت القوات تحرس المدخل",
            "ثم انسحب المهاجمون",
            "وهم يحملون أسلحتهم",
        ],
    ),
    // غير أن opens a clause; غير alone does not.
    (
        "أعلنت الوزارة مقتل عشرة غير أن المرصد وثق مقتل عشرين من غير المدنيين",
        &["أعلنت الوزارة مقتل عشرة", "غير أن المرصد وثق مقتل عشرين من غير المدنيين"],
    ),
    // A colon before a quotation, a semicolon.
    (
        "وقال المتحدث: قتل 12 شخصا؛ وأصيب 30.",
        &["وقال المتحدث:", "قتل 12 شخصا؛", "وأصيب 30."],
    ),
    // English: commas, while, and + pronoun; no cut inside 1,500 or a date.
    (
        "At least 1,500 people fled on Jan. 20, 2022, while 12 were killed and they were buried.",
        &[
            "At least 1,500 people fled on Jan. 20, 2022,",
            "while 12 were killed",
            "and they were buried.",
        ],
    ),
    // A closing quote glued after a comma stays with its clause.
    (
        "\"We are horrified,\" he said, adding that 3.5 million people needed aid.",
        &[
            "\"We are horrified,\"",
            "he said,",
            "adding that 3.5 million people needed aid.",
        ],
    ),
    (
        "وقال «سنقاتل حتى النهاية»، مضيفاً أن 3 عناصر قتلوا.",
        &["وقال «سنقاتل حتى النهاية»،", "مضيفاً أن 3 عناصر قتلوا."],
    ),
    // Clauses never cross sentences.
    ("قتل ثلاثة. وأصيب اثنان", &["قتل ثلاثة.", "وأصيب اثنان"]),
];

#[test]
fn clause_table() {
    for (text, expected) in CLAUSES {
        assert_eq!(cut(text, clauses), *expected, "clauses of {text:?}");
    }
}

#[test]
fn segments_cover_every_token_once_in_order() {
    for (text, _) in SENTENCES.iter().chain(CLAUSES) {
        let n = Normalized::new(text);
        let tokens = tokenize(n.as_str());
        for segments in [sentences(&n, &tokens), clauses(&n, &tokens)] {
            let mut next = 0;
            for s in &segments {
                assert_eq!(s.tokens.start, next, "{text:?}");
                assert!(s.tokens.end > s.tokens.start, "{text:?}");
                next = s.tokens.end;
            }
            assert_eq!(next, tokens.len(), "{text:?}");
        }
    }
}
