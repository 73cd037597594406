//! `rasid-bench expressions`: short expressions per second through normalise, tokenize,
//! find_numbers and find_times, on one thread.

use crate::stats::{median_rates, time};
use crate::Options;
use anyhow::{Context, Result};
use rasid_text::Normalized;
use rasid_time::{Prefer, TimeOptions};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Short number, date, time and duration expressions as news writes them, Arabic and
/// English, written for this benchmark.
const EXPRESSIONS: &[&str] = &[
    // Arabic numbers: digits of three scripts, words, qualifiers, ranges, vague figures.
    "قتل 140 عنصرا",
    "مقتل ١٤٠ عنصراً",
    "سقوط ۱۲ قتیلا",
    "قرابة 1,500 شخص",
    "نحو ٢٫٥ مليون نازح",
    "أكثر من 100 قتيل",
    "ما لا يقل عن 30 جريحا",
    "بين 10 و15 مدنيا",
    "من 20 إلى 25 شخصا",
    "عشرات القتلى",
    "مئات الجرحى",
    "آلاف النازحين",
    "عشرات الآلاف من المدنيين",
    "ثلاثة أطفال",
    "خمسة عشر مقاتلا",
    "ثلاثمائة وخمسون شخصا",
    "ألف وخمسمائة عنصر",
    "مائتا قتيل",
    "مئتي جريح",
    "اثنا عشر جنديا",
    "إحدى عشرة امرأة",
    "عشرين مدنيا",
    "واحد وعشرون قتيلا",
    "سبعة وتسعون موقوفا",
    "حوالي 50 مسلحا",
    "أقل من عشرة",
    "عدد من الجرحى",
    "بضعة مدنيين",
    "عشرة آلاف",
    "مليون ونصف",
    "الثالث",
    "للمرة الأولى",
    "العاشر من الشهر",
    "50٪ من السكان",
    "بنسبة ٣٠ بالمئة",
    "الفرقة 11",
    "رقم 5",
    // Arabic dates, times and durations.
    "في 20 كانون الثاني/ يناير 2022",
    "الأحد، 20 يناير",
    "يوم الخميس الماضي",
    "أمس",
    "اليوم",
    "صباح اليوم الثلاثاء",
    "مساء أمس الأول",
    "الساعة ٠٧:٣٠ صباحا",
    "عند الساعة العاشرة مساء",
    "في تمام الساعة 3 فجرا",
    "منتصف الليل",
    "الشهر الماضي",
    "العام الماضي",
    "منذ مطلع العام الحالي",
    "خلال الأسبوع الماضي",
    "قبل يومين",
    "بعد ثلاثة أيام",
    "منذ عشرة أشهر",
    "لمدة 7 أيام",
    "استمر لقرابة تسعة أيام",
    "ساعتين",
    "نصف ساعة",
    "ربع ساعة",
    "خلال 48 ساعة",
    "في شهر رمضان",
    "في 5 شوال 1436 هـ",
    "عام 2015 م",
    "في فبراير (شباط)",
    "في بداية يونيو (حزيران)",
    "أوائل آذار/مارس",
    "أواخر 2014",
    "21/7/2015",
    "2015-07-21",
    "ليلة الجمعة",
    "فجر السبت",
    "في الأسبوع المقبل",
    "بعد غد",
    // English numbers.
    "killed 140 fighters",
    "at least 12 people",
    "more than 1,500 civilians",
    "about 2.5 million displaced",
    "nearly 300 soldiers",
    "between 10 and 15 civilians",
    "dozens of people",
    "hundreds of wounded",
    "thousands of refugees",
    "three children",
    "twenty-one dead",
    "one hundred and fifty",
    "a dozen militants",
    "the third attack",
    "50% of the town",
    "No. 5",
    // English dates, times and durations.
    "on January 20, 2022",
    "Jan. 20",
    "20 January 2022",
    "last Thursday",
    "on Sunday",
    "yesterday",
    "this morning",
    "at 7:30 a.m.",
    "at midnight",
    "last month",
    "two days ago",
    "for seven days",
    "within 48 hours",
    "since early 2015",
    "in mid-July",
];

/// Runs the expression benchmark on the built-in list and, when found, the external
/// suites' texts.
pub fn run(options: &Options) -> Result<()> {
    let builtin: Vec<String> = EXPRESSIONS.iter().map(|s| (*s).to_string()).collect();
    report("built-in expressions", &builtin, options.runs);
    match crate::shared_dir(options.dir.as_ref(), "bench/arabic-expressions") {
        Some(dir) => {
            let suites = load_suite_texts(&dir)?;
            if suites.is_empty() {
                say!("no suite texts in {}", dir.display());
            } else {
                report(
                    &format!("suite texts ({})", dir.display()),
                    &suites,
                    options.runs,
                );
            }
        }
        None => say!("suite folder not found (pass --suites DIR); built-in list only"),
    }
    Ok(())
}

/// Reads the `text` field of every line of every `*.jsonl` in `dir`.
fn load_suite_texts(dir: &std::path::Path) -> Result<Vec<String>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("listing {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut texts = Vec::new();
    for path in files {
        let content = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        for line in content.lines().filter(|l| !l.trim().is_empty()) {
            let value: serde_json::Value = serde_json::from_str(line)
                .with_context(|| format!("parsing a line of {}", path.display()))?;
            if let Some(text) = value.get("text").and_then(|t| t.as_str()) {
                texts.push(text.to_string());
            }
        }
    }
    Ok(texts)
}

/// The whole path one probe expression takes; returns a count so that nothing is
/// optimised away.
fn parse_one(text: &str, options: &TimeOptions) -> usize {
    let (n, tokens) = Normalized::with_tokens(text);
    let numbers = rasid_numbers::find_numbers(&n, &tokens);
    numbers.len() + rasid_time::find_times_with_numbers(&n, &tokens, &numbers, options).len()
}

/// Each run goes over the list as many times as fits in this, so that short lists are
/// still timed over a meaningful span.
const RUN_TIME: Duration = Duration::from_millis(500);

fn report(label: &str, texts: &[String], runs: usize) {
    let options = TimeOptions {
        reference: Some(jiff::civil::date(2022, 1, 20).at(19, 0, 0, 0)),
        prefer: Prefer::Past,
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut counts = Vec::with_capacity(runs);
    let timings: Vec<_> = (0..runs)
        .map(|_| {
            // Passes over the list until RUN_TIME has gone by, timed as one.
            let started = Instant::now();
            let mut count = 0usize;
            let timing = time(|| {
                while started.elapsed() < RUN_TIME {
                    let found: usize = texts
                        .iter()
                        .map(|t| parse_one(black_box(t), &options))
                        .sum();
                    black_box(found);
                    count += texts.len();
                }
            });
            counts.push(count as f64);
            timing
        })
        .collect();
    let (wall, cpu) = median_rates(|i| counts.get(i).copied().unwrap_or(0.0), &timings);
    let rate = cpu.unwrap_or(wall);
    let verdict = if rate >= 1e6 { "meets" } else { "misses" };
    say!(
        "{label}: {} texts, {:.1} bytes on average; median of {runs} runs: {rate:.0} expressions/s \
         of CPU time ({wall:.0}/s wall clock); {verdict} the goal of 1,000,000/s on one core",
        texts.len(),
        bytes as f64 / texts.len().max(1) as f64,
    );
}
