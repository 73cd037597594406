#!/usr/bin/env python3
"""Accuracy of rasid's number and time parsers on the external Arabic suites.

Reads the JSON Lines suites in ../shared/bench/arabic-expressions (Maha, Microsoft
Recognizers-Text, dateparser), runs the probe `rasid parse numbers --all` and
`rasid parse time --reference R --prefer past|future` in batch (one process per
(command, reference, prefer) group), compares every case with its suite's own expectation
and prints accuracy per file, per suite (spec / test name) and per goal of the issue.

Every failure is either an error or a *convention difference*: a deliberate, documented
reading of rasid that the suite does not share. Each convention is a small named function
below (see CONVENTION RULES); scripts/README.md lists them.

Standard library only (Python 3.11). `--selftest` checks the scorer itself on fabricated
probe output.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SUITES = REPO_ROOT.parent / "shared" / "bench" / "arabic-expressions"
# Cases without a reference time still need one for the probe to resolve anything; this is
# the reference Recognizers-Text uses in most of its specs.
DEFAULT_REFERENCE = "2016-11-07T00:00:00"
PROBE_TIMEOUT_SECONDS = 300

PASS, CONVENTION, ERROR = "pass", "convention", "error"

GOALS = [
    # (goal group, minimum accuracy excluding convention differences)
    ("numerals", 0.98),
    ("ordinals", 0.98),
    ("durations", 0.98),
    ("dates and times", 0.90),
    ("ranges and percents (no goal)", None),
]


# ---------------------------------------------------------------------------------------
# Outcomes
# ---------------------------------------------------------------------------------------


@dataclass
class Outcome:
    """How one case (or one expected item of it) compares with what rasid found."""

    status: str  # PASS, CONVENTION or ERROR
    reason: str = ""  # the convention's name, or what went wrong


def passed() -> Outcome:
    """A case rasid answers as the suite expects."""
    return Outcome(PASS)


def error(reason: str) -> Outcome:
    """A case rasid answers wrongly."""
    return Outcome(ERROR, reason)


def convention(name: str) -> Outcome:
    """A case where rasid's answer follows a documented convention the suite does not."""
    return Outcome(CONVENTION, name)


def combine(outcomes: list[Outcome]) -> Outcome:
    """The worst of several partial outcomes: any error wins, then any convention."""
    for status in (ERROR, CONVENTION):
        for outcome in outcomes:
            if outcome.status == status:
                return outcome
    return passed()


# ---------------------------------------------------------------------------------------
# Small helpers: numbers, text offsets, date-times
# ---------------------------------------------------------------------------------------


def same_number(a, b) -> bool:
    """Whether two numbers are equal up to float noise."""
    if a is None or b is None:
        return False
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def byte_to_char(text: str, byte_offset: int) -> int:
    """The character index of a UTF-8 byte offset into `text` (the probe speaks bytes)."""
    return len(text.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore"))


def parse_datetime(value) -> datetime | None:
    """An ISO-ish date, date-time or `YYYY-MM-DD HH:MM:SS` string as a naive datetime."""
    if not isinstance(value, str):
        return None
    match = re.match(r"(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?)?", value)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def reference_of(case: dict) -> str:
    """The case's reference time as `YYYY-MM-DDTHH:MM:SS` (fractions and zones dropped)."""
    raw = case.get("reference_time") or DEFAULT_REFERENCE
    parsed = parse_datetime(raw)
    return (parsed or parse_datetime(DEFAULT_REFERENCE)).strftime("%Y-%m-%dT%H:%M:%S")


PRECISIONS = ["second", "minute", "hour", "day", "week", "month", "year"]


def coarser(a: str, b: str) -> bool:
    """Whether precision `a` is coarser than precision `b`."""
    return PRECISIONS.index(a) > PRECISIONS.index(b)


WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]  # Python's weekday() order


def week_start(moment: datetime, start_of_week: str) -> datetime:
    """Midnight of the first day of the week holding `moment` (`start_of_week`: MO...SU)."""
    first = WEEKDAYS.index(start_of_week) if start_of_week in WEEKDAYS else 6
    back = (moment.weekday() - first) % 7
    return datetime(moment.year, moment.month, moment.day) - timedelta(days=back)


def truncate(moment: datetime, precision: str, start_of_week: str = "SU") -> datetime:
    """`moment` cut down to `precision` (the start of the unit holding it)."""
    if precision == "year":
        return datetime(moment.year, 1, 1)
    if precision == "month":
        return datetime(moment.year, moment.month, 1)
    if precision == "week":
        return week_start(moment, start_of_week)
    if precision == "day":
        return datetime(moment.year, moment.month, moment.day)
    if precision == "hour":
        return moment.replace(minute=0, second=0)
    if precision == "minute":
        return moment.replace(second=0)
    return moment


def add_months(moment: datetime, months: int) -> datetime:
    """`moment` moved by whole calendar months, the day clamped to the month's length."""
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = moment.day
    while day > 28:
        try:
            return moment.replace(year=year, month=month + 1, day=day)
        except ValueError:
            day -= 1
    return moment.replace(year=year, month=month + 1, day=day)


def unit_step(moment: datetime, precision: str) -> datetime:
    """The start of the unit after the one starting at `moment`."""
    if precision == "year":
        return add_months(moment, 12)
    if precision == "month":
        return add_months(moment, 1)
    steps = {"week": 7 * 86400, "day": 86400, "hour": 3600, "minute": 60, "second": 1}
    return moment + timedelta(seconds=steps[precision])


# ---------------------------------------------------------------------------------------
# Loading the suites
# ---------------------------------------------------------------------------------------


def load_suites(directory: Path) -> list[dict]:
    """Every case of every `*.jsonl` file, with `file` (stem) and `group` added."""
    cases = []
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    case = json.loads(line)
                except json.JSONDecodeError as err:
                    print(f"warning: {path.name}:{number}: not JSON ({err})", file=sys.stderr)
                    continue
                case["file"] = path.stem
                case["group"] = group_of(case)
                cases.append(case)
    return cases


def group_of(case: dict) -> str:
    """The suite inside a file: the spec (Recognizers-Text) or the test name."""
    if case.get("spec"):
        return case["spec"]
    test = case.get("test") or "?"
    if case.get("negative"):
        return f"{test} [{case.get('dim')}]"
    return test


def goal_of(case: dict) -> str:
    """Which of the issue's goal groups the case counts towards."""
    file, dim, spec = case["file"], case.get("dim"), case.get("spec") or ""
    if file == "maha_ar_numeral":
        return "numerals"
    if file == "maha_ar_ordinal":
        return "ordinals"
    if file == "maha_ar_duration":
        return "durations"
    if file == "maha_ar_negative":
        return {"numeral": "numerals", "ordinal": "ordinals", "duration": "durations"}.get(
            dim, "dates and times"
        )
    if file == "msrt_ar_number":
        if spec == "NumberModel":
            return "numerals"
        if spec.startswith("Ordinal"):
            return "ordinals"
        return "ranges and percents (no goal)"
    if file == "msrt_ar_datetime" and spec.startswith("Duration"):
        return "durations"
    return "dates and times"


def baseline_of(case: dict) -> tuple[str, bool] | None:
    """The suite's own baseline for the case: (name, passes) or None."""
    if "dotnet_passes" in case:
        return ".NET", bool(case["dotnet_passes"])
    if "maha_0_3_0_passes" in case:
        return "Maha 0.3.0", bool(case["maha_0_3_0_passes"])
    return None


# ---------------------------------------------------------------------------------------
# Probe requests: which runs of the probe a case needs
# ---------------------------------------------------------------------------------------

# A probe run is (command, reference, prefer): ("numbers", None, None) or
# ("time", "2021-09-01T00:00:00", "future").


def probes_of(case: dict) -> dict[str, tuple]:
    """The probe runs a case needs, by role (`numbers`, `past`, `future`)."""
    file, dim = case["file"], case.get("dim")
    numbers = ("numbers", None, None)
    if file in ("maha_ar_numeral", "maha_ar_ordinal", "msrt_ar_number"):
        return {"numbers": numbers}
    if file == "maha_ar_negative" and dim in ("numeral", "ordinal"):
        return {"numbers": numbers}
    reference = reference_of(case)
    past = ("time", reference, "past")
    future = ("time", reference, "future")
    if file in ("maha_ar_time", "maha_ar_duration", "maha_ar_negative"):
        # Maha resolves bare month and weekday names forwards ("ديسمبر" is the next one).
        return {"future": future}
    if file == "dateparser_ar":
        return {"past": past}
    if file == "msrt_ar_datetime":
        if case.get("task") == "extractor":
            return {"past": past}
        return {"past": past, "future": future}
    return {"past": past}


def probe_kind(case: dict) -> str:
    """`numbers` or `time`: which parser a case measures (for --only)."""
    return "numbers" if set(probes_of(case)) == {"numbers"} else "time"


def clean_input(text: str) -> str:
    """One probe input line. Line breaks become spaces: one byte for one, offsets hold."""
    return text.replace("\r", " ").replace("\n", " ")


# ---------------------------------------------------------------------------------------
# Running the probe
# ---------------------------------------------------------------------------------------


class ProbeFailure(str):
    """What went wrong running the probe for an input (stands in for its item list)."""


def probe_command(rasid: Path, run: tuple) -> list[str]:
    """The command line of one probe run."""
    command, reference, prefer = run
    if command == "numbers":
        return [str(rasid), "parse", "numbers", "--all"]
    return [str(rasid), "parse", "time", "--reference", reference, "--prefer", prefer]


def run_probe(rasid: Path, run: tuple, texts: list[str]) -> dict[str, list | ProbeFailure]:
    """Runs the probe once over `texts`; maps each text to its items or a failure."""
    lines = [clean_input(t) for t in texts]
    try:
        done = subprocess.run(
            probe_command(rasid, run),
            input="".join(line + "\n" for line in lines).encode("utf-8"),
            capture_output=True,
            timeout=PROBE_TIMEOUT_SECONDS,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        return {t: ProbeFailure(f"probe did not run: {err}") for t in texts}
    # Bytes, split on "\n" only: JSON may hold U+2028 or U+0085 unescaped, which
    # str.splitlines() would take for line ends.
    outputs = [line.decode("utf-8", errors="replace") for line in done.stdout.split(b"\n")]
    stderr = done.stderr.decode("utf-8", errors="replace")
    results: dict[str, list | ProbeFailure] = {}
    for index, text in enumerate(texts):
        if index >= len(outputs) - 1 and not (outputs[index:] and outputs[index].strip()):
            tail = (stderr.strip().splitlines() or [""])[-1][:200]
            results[text] = ProbeFailure(f"probe exited {done.returncode} before this line: {tail}")
            continue
        try:
            record = json.loads(outputs[index])
        except json.JSONDecodeError:
            results[text] = ProbeFailure(f"probe printed non-JSON: {outputs[index][:200]}")
            continue
        if not isinstance(record, dict) or record.get("input") != lines[index]:
            results[text] = ProbeFailure("probe output out of step with its input")
            continue
        found = record.get("found")
        if not isinstance(found, list):
            results[text] = ProbeFailure("probe output has no `found` list")
            continue
        results[text] = [with_char_offsets(text, item) for item in found if isinstance(item, dict)]
    return results


def with_char_offsets(text: str, item: dict) -> dict:
    """The item with `cstart`/`cend`: character offsets (end exclusive) of its byte span."""
    item = dict(item)
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int):
        item["cstart"], item["cend"] = trim_span(
            text, byte_to_char(text, start), byte_to_char(text, end)
        )
    else:
        item["cstart"], item["cend"] = -1, -1
    return item


def run_all_probes(rasid: Path, cases: list[dict]) -> dict[tuple, dict]:
    """Every probe run the cases need, batched: run -> text -> items or failure."""
    texts_by_run: dict[tuple, list[str]] = defaultdict(list)
    for case in cases:
        for run in probes_of(case).values():
            texts_by_run[run].append(case["text"])
    results = {}
    for run, texts in texts_by_run.items():
        unique = list(dict.fromkeys(texts))
        results[run] = run_probe(rasid, run, unique)
    return results


def findings_of(case: dict, probe_results: dict[tuple, dict]) -> dict[str, list | ProbeFailure]:
    """The case's probe output by role."""
    return {
        role: probe_results.get(run, {}).get(case["text"], ProbeFailure("probe not run"))
        for role, run in probes_of(case).items()
    }


# ---------------------------------------------------------------------------------------
# Item filters
# ---------------------------------------------------------------------------------------

COUNT_KINDS = ("cardinal", "percent")


def count_items(items: list) -> list:
    """Numbers claims may count (what `rasid parse numbers` prints without --all)."""
    return [i for i in items if i.get("kind") in COUNT_KINDS]


def ordinal_items(items: list) -> list:
    """Ordinal numbers."""
    return [i for i in items if i.get("kind") == "ordinal" or i.get("ordinal") is True]


def exact_value(item: dict):
    """The single number an item states (`value`, or equal `low` and `high`), else None."""
    if item.get("value") is not None:
        return item["value"]
    low, high = item.get("low"), item.get("high")
    if low is not None and same_number(low, high):
        return low
    return None


def duration_items(items: list) -> list:
    """Durations."""
    return [i for i in items if i.get("kind") == "duration"]


def moment_items(items: list) -> list:
    """Dates, times and intervals (not durations)."""
    return [i for i in items if i.get("kind") in ("instant", "interval")]


# ---------------------------------------------------------------------------------------
# Durations
# ---------------------------------------------------------------------------------------

CLOCK_SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800}
CALENDAR_MONTHS = {"months": 1, "years": 12}
UNIT_PLURAL = {
    "second": "seconds", "minute": "minutes", "hour": "hours", "day": "days",
    "week": "weeks", "month": "months", "year": "years",
}
# Mean Gregorian month, only to compare a calendar-unit total with clock units folded in.
MEAN_MONTH_SECONDS = 365.2425 * 86400 / 12


def duration_parts(parts: list[dict]) -> tuple[float, float] | None:
    """A list of {value, unit} as (calendar months, clock seconds); None if malformed."""
    months = seconds = 0.0
    for part in parts:
        unit = UNIT_PLURAL.get(part.get("unit"), part.get("unit"))
        try:
            value = float(part.get("value"))
        except (TypeError, ValueError):
            return None
        if unit in CALENDAR_MONTHS:
            months += value * CALENDAR_MONTHS[unit]
        elif unit in CLOCK_SECONDS:
            seconds += value * CLOCK_SECONDS[unit]
        else:
            return None
    return months, seconds


def close(a: float, b: float, relative: float) -> bool:
    """Equal within `relative` of the larger magnitude."""
    return abs(a - b) <= relative * max(abs(a), abs(b), 1e-9)


def same_duration(expected: list[dict], found: dict) -> bool:
    """Whether rasid's one duration equals the expected list of {value, unit}.

    Compared unit-wise: calendar months (years are 12) and clock seconds (weeks are 7
    days) separately, within 0.1% each (Maha writes a third as 0.333). When the expected
    list mixes both and rasid folded it into one fractional calendar unit, the totals are
    compared with the mean Gregorian month within 0.001%.
    """
    want = duration_parts(expected)
    got = duration_parts([found]) if isinstance(found, dict) else None
    if want is None or got is None:
        return False
    if close(want[0], got[0], 1e-3) and close(want[1], got[1], 1e-3):
        return True
    mixed = want[0] and want[1]
    folded = found.get("unit") in CALENDAR_MONTHS or found.get("unit") in ("month", "year")
    if mixed and folded:
        total_want = want[0] * MEAN_MONTH_SECONDS + want[1]
        total_got = got[0] * MEAN_MONTH_SECONDS + got[1]
        return close(total_want, total_got, 1e-5)
    return False


def duration_seconds_msrt(found: dict) -> float | None:
    """rasid's duration in seconds with Recognizers-Text's month (30 d) and year (365 d)."""
    unit = UNIT_PLURAL.get(found.get("unit"), found.get("unit"))
    factor = {**CLOCK_SECONDS, "months": 30 * 86400, "years": 365 * 86400}.get(unit)
    try:
        return float(found.get("value")) * factor if factor else None
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------------------------------
# CONVENTION RULES
#
# Each rule looks at the structure of a case (its suite, spec, test name, the shape of its
# expectation) and at rasid's answer, and names the convention when rasid's answer is
# defensible under rasid's own documented semantics (shared/SPEC.md, the crates' docs).
# Rules never look at case ids or texts of particular cases.
# ---------------------------------------------------------------------------------------

# Words Recognizers-Text keeps at the edges of a span that rasid may leave out, or the
# reverse. They add nothing to the value: "في 15 أبريل" is "15 أبريل".
EDGE_WORDS = {
    "في", "فى", "يوم", "الساعة", "الساعه", "لمدة", "لمده", "مدة", "مده", "خلال", "على",
    "عند", "من", "ما", "منذ", "بعد", "قبل", "الى", "إلى", "حتى", "حتي", "ال", "حوالي", "حوالى", "نحو", "قرابة", "تقريبا", "،", ",", ".",
}


def edge_difference_only(longer: str, shorter: str) -> bool:
    """Whether `longer` is `shorter` plus edge words (EDGE_WORDS) on either side."""
    longer, shorter = longer.strip(), shorter.strip()
    if not shorter or shorter not in longer:
        return False
    head, _, tail = longer.partition(shorter)
    extra = (head + " " + tail).replace("،", " ، ").split()
    return all(word in EDGE_WORDS or word.startswith("ال") and len(word) <= 2 for word in extra)


def msrt_span_edges(expected_text: str, found_text: str) -> Outcome | None:
    """msrt: span differs only by edge function words (في، يوم، الساعة، لمدة...).

    rasid's spans cover the expression; whether a preposition before it belongs to the
    span is a tool's choice, not a different reading.
    """
    if edge_difference_only(expected_text, found_text) or edge_difference_only(
        found_text, expected_text
    ):
        return convention("msrt: span edges differ by function words")
    return None


def msrt_spec_defect(case: dict, expected: dict) -> Outcome | None:
    """msrt: the expected text is not in the input (spec defect, Start -1).

    Some Arabic specs were translated from English and their expected text was never
    updated; no parser can produce it, .NET fails them too.
    """
    if locate_expected(case["text"], expected) is None:
        return convention("msrt: expected text not in the input (spec defect)")
    return None


def spec_defect_of(case: dict) -> Outcome | None:
    """The spec-defect convention when any expected result of the case is not in its
    input: the case cannot be judged (what rasid finds instead would count as extra)."""
    for expected in case.get("expected") or []:
        outcome = msrt_spec_defect(case, expected)
        if outcome:
            return outcome
    return None


def msrt_glued_digits(text: str, item: dict) -> Outcome | None:
    """msrt: digits glued to a word ("١٨٠ميلي", "٤من") are no number there.

    Recognizers-Text expects nothing; the figure is in the text all the same (news copy
    often drops the space) and rasid reports it.
    """
    start, end = item["cstart"], item["cend"]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    digit_edge = text[start:end][:1].isdigit() or text[start:end][-1:].isdigit()
    if digit_edge and (before.isalpha() or after.isalpha()):
        return convention("msrt: digits glued to a word are no number there")
    return None


def msrt_not_a_count(case: dict, expected_span: tuple, all_numbers: list) -> Outcome | None:
    """msrt: IP/phone/page digits are not counts in rasid.

    rasid recognises such numbers and marks them year, date_or_time, identifier or
    reference (crates/numbers: "Numbers that are not counts ... are recognised too and
    marked"), so they never become figures; Recognizers-Text extracts them as numbers.
    """
    start, end = expected_span
    for item in all_numbers:
        if item.get("kind") in ("year", "date_or_time", "identifier", "reference"):
            if item["cstart"] <= start and end <= item["cend"]:
                return convention("msrt: IP/phone/page/year digits are not counts in rasid")
    return None


def msrt_relative_ordinal(expected: dict, numbers: list) -> Outcome | None:
    """msrt: relative ordinals (last, next, the one before last) carry no number.

    rasid's ordinals are ranks with a value (الثالث = 3); "الأخير" or "التالي" state no
    number and rasid does not report them.
    """
    if expected.get("TypeName") == "ordinal.relative" and not ordinal_items(numbers):
        return convention("msrt: relative ordinals (last/next) carry no number")
    return None


def msrt_qualified_number(case: dict, expected_span: tuple, value, numbers: list):
    """msrt: a qualified number ("more than 100") is one bounded figure in rasid.

    SPEC.md: "more than 100" is low 101, high null; rasid reports the bounds, not a bare
    100 inside them. Holds only when one of rasid's bounds is the number (or one past it).
    """
    start, end = expected_span
    try:
        value = float(value) if value is not None else None
    except (TypeError, ValueError):
        return None  # a range resolution such as "(,10)": not a bare number
    for item in numbers:
        if item.get("kind") != "cardinal" or item.get("value") is not None:
            continue
        if not (item["cstart"] <= start and end <= item["cend"]):
            continue
        for bound in (item.get("low"), item.get("high")):
            if bound is None or value is None:
                continue
            if any(same_number(bound, float(value) + d) for d in (-1, 0, 1)):
                return convention("msrt: a qualified number is one bounded figure in rasid")
    return None


def msrt_half_open_range(low_open: bool, high_open: bool, low, high, got_low, got_high):
    """msrt: half-open range — "between 10 and 15" is [10,15) there, 10..15 in rasid.

    SPEC.md: "between 10 and 15": low 10, high 15 (inclusive). Recognizers-Text writes
    such ranges half-open "[10,15)". Only the upper bound of a closed-below range counts.
    """
    if not low_open and high_open and high is not None and got_high is not None:
        if same_number(got_low, low) and same_number(got_high, high):
            return convention("msrt: half-open range")
    return None


BARE_DAY_DIGITS = re.compile(r"^[0-9٠-٩]{1,2}$")
DAY_ORDINAL_WORDS = {
    "الاول", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
    "التاسع", "العاشر", "الحادي", "عشر", "العشرين", "والعشرين", "الثلاثين", "والثلاثين",
    "الاولى", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
    "الثامنة", "التاسعة", "العاشرة", "الحادية", "عشرة",
}


def without_leading_to(text: str) -> str:
    """The text without a leading "إلى" word or a glued "ل" ("للثاني" is "الثاني")."""
    words = text.split()
    if words[:1] in (["إلى"], ["الى"]) and len(words) > 1:
        return " ".join(words[1:])
    if text.startswith("لل"):
        return "ا" + text[1:]
    return text


def is_bare_day(text: str) -> bool:
    """A day of the month alone: "15", "الثاني", "الحادي والعشرين"."""
    words = text.split()
    if len(words) == 1 and BARE_DAY_DIGITS.match(words[0]):
        return True
    return bool(words) and all(
        w in DAY_ORDINAL_WORDS or w.startswith("و") and w[1:] in DAY_ORDINAL_WORDS for w in words
    )


def msrt_bare_day_number(case: dict, expected: dict) -> Outcome | None:
    """msrt: a bare day number is not a date in rasid ("سأعود في 15", "عدت إلى 27",
    "عدت للثاني"), nor a bare number a clock time ("سأعود في 7").

    SPEC.md: "A date the text does not fix is never invented": a number alone is a count,
    not the 15th of some month or 7 o'clock.
    """
    text = (expected.get("Text") or "").strip(" !.،,")
    kind = expected.get("Type") or expected.get("TypeName") or ""
    if kind in ("date", "datetimeV2.date") and is_bare_day(without_leading_to(text)):
        return convention("msrt: bare day number as date")
    if kind in ("time", "datetimeV2.time") and BARE_DAY_DIGITS.match(text):
        return convention("msrt: bare number as time")
    return None


def msrt_set_or_holiday(case: dict, expected: dict) -> Outcome | None:
    """msrt: set/holiday not supported by design.

    A recurrence ("أسبوعيا", "كل أسبوعين") is not a time an incident happened, and holiday
    names need a calendar of feasts rasid does not resolve; rasid reports neither.
    """
    kind = str(expected.get("Type") or expected.get("TypeName") or "")
    if "set" in kind or (case.get("spec") or "").startswith("Holiday"):
        return convention("msrt: set/holiday not supported by design")
    return None


def msrt_time_on_a_bare_day(expected: dict, items: list) -> Outcome | None:
    """msrt: a clock time on a bare day number ("الساعة 8 مساءً في 15", "في الخامس في 4
    صباحا"): rasid reads the time and leaves the day out.

    The day is the bare number of the rule above (SPEC.md: a date the text does not fix is
    never invented). Only where the spec's text is two parts joined by في, one of them a
    bare day number and the other, function words aside, an item rasid found.
    """
    text = (expected.get("Text") or "").strip(" !.،,")
    parts = text.split(" في ")
    if text.startswith("في "):
        parts = text[3:].split(" في ")
    if len(parts) != 2:
        return None
    for day, rest in (parts, parts[::-1]):
        if not is_bare_day(day.strip()):
            continue
        for item in items:
            found = (item.get("text") or "").strip()
            if found == rest.strip() or edge_difference_only(rest, found) or (
                edge_difference_only(found, rest)
            ):
                return convention("msrt: bare day number as date")
    return None


def msrt_holiday_name(expected: dict) -> Outcome | None:
    """msrt: a feast named in a date spec ("تحديد موعد عيد الفصح") is a holiday too.

    The same design choice as the Holiday* specs: rasid resolves no feast. Only where the
    expected date starts with عيد and the spec itself leaves every value unresolved.
    """
    kind = str(expected.get("Type") or expected.get("TypeName") or "")
    value = expected.get("Value") or expected.get("Resolution") or {}
    values = value.get("values") if isinstance(value, dict) else None
    text = (expected.get("Text") or "").strip()
    unresolved_only = bool(values) and all(
        isinstance(v, dict) and unresolved(v.get("value")) for v in values
    )
    if kind.endswith("date") and text.startswith("عيد ") and unresolved_only:
        return convention("msrt: set/holiday not supported by design")
    return None


def msrt_inclusive_end(expected_end: datetime, got_end: datetime, precision) -> Outcome | None:
    """msrt: the end is the last unit there ("to the 22nd", "to 3:30"), after it in rasid.

    rasid's ends are exclusive and "to the 22nd" includes that day, so rasid's end is the
    next midnight (the next minute after "to 3:30"); Recognizers-Text gives the last unit
    itself. Holds when rasid's end is one unit of its own precision (minute, hour, day)
    after the expected end.
    """
    if precision in ("minute", "hour", "day") and got_end == unit_step(expected_end, precision):
        return convention("msrt: the end unit is included (rasid's exclusive end is after it)")
    return None


# Words that lead into a date or a deadline and add nothing to its value: "بتاريخ 21/4/2016"
# is 21/4/2016, "في غضون 10 ساعات" a length of 10 hours.
LEAD_WORDS = {"بتاريخ", "غضون"}
# Demonstratives that point at the unit after them: "هذا اليوم" is "اليوم", today.
DEMONSTRATIVES = {"هذا", "هذه"}
# Prepositions and conjunctions written glued to the first word ("لبضع ساعات").
GLUED_CLITICS = {"ل", "ب", "و", "ف", "ك", "وب", "ول", "فب", "فل", "وك"}


def without_marks(word: str) -> str:
    """A word without invisible marks or diacritics (the tanween left at a span's edge)."""
    return "".join(char for char in word if not invisible(char))


def msrt_span_edges_overlap(text: str, span: tuple, item: dict) -> Outcome | None:
    """msrt: spans that overlap and differ only by function words on either side.

    The rule above needs one span inside the other; here each may have its own edge word
    ("الغد الساعة 9 صباحًا." and "يوم الغد الساعة 9 صباحًا"), a tanween may sit between
    the last letter and the edge word ("مساءً." against "مساء"), a lead word may open the
    spec's span ("بتاريخ 21/4/2016"، "في غضون 10 ساعات"), or a preposition glued to the
    first word ("لبضع ساعات": rasid's crate docs, spans leave out a glued preposition).
    The shared part must hold a word that is no edge word.
    """
    (a_start, a_end), (b_start, b_end) = span, (item["cstart"], item["cend"])
    low, high = max(a_start, b_start), min(a_end, b_end)
    if low >= high:
        return None
    shared = [without_marks(w) for w in text[low:high].split()]
    if all(w in EDGE_WORDS or not w for w in shared):
        return None
    head, tail = text[min(a_start, b_start):low], text[high:max(a_end, b_end)]
    glued = bool(head) and not head[-1].isspace() and not text[low].isspace()
    if glued:
        if without_marks(head) not in GLUED_CLITICS:
            return None
        head = ""
    words = [without_marks(w) for w in (head + " " + tail).replace("،", " ، ").split()]
    words = [w for w in words if w]
    edge = all(w in EDGE_WORDS or w in LEAD_WORDS or w in DEMONSTRATIVES for w in words)
    if not edge:
        return None
    if any(w in DEMONSTRATIVES for w in words):
        return convention("msrt: a demonstrative before the expression is inside rasid's span")
    if any(w in LEAD_WORDS for w in words):
        return convention("msrt: a lead word (بتاريخ، في غضون) is outside rasid's span")
    if glued:
        return convention("msrt: a preposition glued to the first word is outside rasid's span")
    return convention("msrt: span edges differ by function words")


VAGUE_COUNTS = {"بضع", "بضعة", "بضعه", "عدة", "عده"}


def msrt_vague_count(item: dict) -> Outcome | None:
    """msrt: a vague count ("بضع ساعات", "لعدة أسابيع") has no length in rasid.

    Recognizers-Text counts "بضع" as three; rasid's crate docs: a vague count is a
    duration with no length (`duration: None`). Only where rasid's item is that duration
    and its first word is the vague count.
    """
    words = (item.get("text") or "").split()
    if item.get("kind") == "duration" and item.get("duration") is None and words:
        first = words[0]
        if first in VAGUE_COUNTS or first[:1] in "لب" and first[1:] in VAGUE_COUNTS:
            return convention("msrt: a vague count has no length in rasid")
    return None


TIME_ONLY_SPECS = ("TimeExtractor", "TimeParser", "TimePeriodExtractor", "TimePeriodParser")


def msrt_date_outside_time_spec(spec: str, item: dict) -> Outcome | None:
    """msrt: a day named beside a time is outside a time-only spec.

    The Time* specs test clock times and parts of the day; a weekday or a date elsewhere
    in the input ("وسأغادر يوم الجمعة") is a true reading they do not list. Only an extra
    item whose precision is a day or coarser.
    """
    coarse = item.get("precision") in ("day", "week", "month", "year")
    if spec in TIME_ONLY_SPECS and item.get("kind") in ("instant", "interval") and coarse:
        return convention("msrt: a date outside a time-only spec")
    return None


STORY_RELATIVE_UNITS = {"اليوم", "الشهر", "العام", "السنة"}
STORY_RELATIVE_NEXT = {"التالي", "التالية"}


def msrt_counted_from_the_story(expected: dict) -> Outcome | None:
    """msrt: "اليوم التالي" / "الشهر التالي" / "العام التالي" (the day, month, year after)
    are the reference's next day, month, year there.

    rasid's crate docs: the day, month or year after (`التالي`) follows the story's event,
    not the reference, and is not resolved. Only where the expected text is exactly such a
    unit noun and التالي, and rasid reported nothing there.
    """
    words = (expected.get("Text") or "").strip(" !.،,").split()
    if len(words) == 2 and words[0] in STORY_RELATIVE_UNITS and words[1] in STORY_RELATIVE_NEXT:
        return convention("msrt: a day/month/year counted from the story is not resolved")
    return None


def resolution_pairs(want: dict, past_item: dict, future_item: dict | None) -> list:
    """(resolution, item) for the past and the future run; empty for a model's values."""
    value = want.get("Value") or want.get("Resolution")
    if not isinstance(value, dict) or "values" in value or future_item is None:
        return []
    return [(value.get("PastResolution") or {}, past_item),
            (value.get("FutureResolution") or {}, future_item)]


def item_bounds(item: dict) -> tuple[datetime | None, datetime | None]:
    """rasid's start and exclusive end."""
    value = item.get("value") or {}
    return parse_datetime(value.get("start")), parse_datetime(value.get("end"))


LAST_WORDS = {"الماضي", "الماضى", "المنصرم", "السابق"}
NEXT_OR_LAST_WORDS = LAST_WORDS | {"القادم", "المقبل", "التالي"}


def msrt_last_month_name(case: dict, want: dict, past_item: dict, future_item) -> Outcome | None:
    """msrt: "سبتمبر الماضي" written in November is September of the previous year there.

    rasid's crate docs: `شباط الماضي` is the last February before the current month, so
    in November 2016 "last September" is September 2016, the one just gone. Only where
    the expected text is one word and a word for "last", rasid read one month before the
    reference's month in the reference's year, and every expected start is rasid's month
    one year earlier.
    """
    words = (want.get("Text") or "").split()
    reference = parse_datetime(reference_of(case))
    pairs = resolution_pairs(want, past_item, future_item)
    if len(words) != 2 or words[1] not in LAST_WORDS or reference is None or not pairs:
        return None
    for resolution, item in pairs:
        start, _ = item_bounds(item)
        expected = parse_datetime(resolution.get("startDate"))
        if start is None or expected is None or item.get("precision") != "month":
            return None
        if not (start.year == reference.year and start.month < reference.month):
            return None
        if (expected.year, expected.month, expected.day) != (start.year - 1, start.month, 1):
            return None
    return convention("msrt: 'last <month>' is the one just gone in rasid")


def msrt_sunday_of_next_week(want: dict, past_item: dict, future_item) -> Outcome | None:
    """msrt: "الأحد القادم", "الأسبوع القادم الأحد" are a week later there.

    Recognizers-Text's weeks start on Monday, so its Sunday of next (or last) week is the
    last day of that week; rasid's weeks start on Sunday (crate docs) and `الأحد القادم`
    is the coming Sunday. Only where the expected text names الأحد and a word for next or
    last, rasid's date is a Sunday and every expected date is exactly seven days after it.
    """
    words = (want.get("Text") or "").split()
    pairs = resolution_pairs(want, past_item, future_item)
    if "الأحد" not in words or not NEXT_OR_LAST_WORDS & set(words) or not pairs:
        return None
    for resolution, item in pairs:
        start, _ = item_bounds(item)
        expected = parse_datetime(resolution.get("date"))
        if start is None or expected is None or start.weekday() != 6:
            return None
        if expected.date() != (start + timedelta(days=7)).date():
            return None
    return convention("msrt: rasid's weeks start on Sunday (next Sunday is the coming one)")


COUNT_OF_DAYS = re.compile(r"^([0-9٠-٩]+) (أيام|ايام|يوم|يوما) (القادمة|المقبلة|التالية)$")


def msrt_next_days_from_today(want: dict, past_item: dict, future_item) -> Outcome | None:
    """msrt: "3 أيام القادمة" (the next 3 days) start tomorrow there.

    rasid's crate docs: the next N units run from the reference, so the next three days
    from the 7th are the 7th to the 9th (end the 10th). Only where the expected text is a
    digit count of days and a word for "next", rasid's interval is that many days long and
    every expected start and end is rasid's one day later.
    """
    match = COUNT_OF_DAYS.match(" ".join((want.get("Text") or "").split()))
    pairs = resolution_pairs(want, past_item, future_item)
    if not match or not pairs:
        return None
    days = int(match.group(1))  # int() reads Arabic-Indic digits too
    for resolution, item in pairs:
        start, end = item_bounds(item)
        want_start = parse_datetime(resolution.get("startDate"))
        want_end = parse_datetime(resolution.get("endDate"))
        if None in (start, end, want_start, want_end) or (end - start).days != days:
            return None
        if want_start.date() != (start + timedelta(days=1)).date():
            return None
        if want_end.date() != (end + timedelta(days=1)).date():
            return None
    return convention("msrt: the next N days start on the reference's day in rasid")


def msrt_value_convention(case: dict, want: dict, past_item: dict, future_item):
    """The convention that explains a parser's value rasid got otherwise, if any."""
    return (
        msrt_last_month_name(case, want, past_item, future_item)
        or msrt_sunday_of_next_week(want, past_item, future_item)
        or msrt_next_days_from_today(want, past_item, future_item)
    )


DAY_PART_MARKERS = {"صباحا", "مساء", "مساءا", "ظهرا", "عصرا", "ليلا", "فجرا", "صباح", "ص", "م"}


def msrt_day_part_beyond_span(want: dict, span, items: list, future: list, text: str):
    """msrt: the spec's span stops before the part of the day its own value holds.

    "عشرة وخمسة وخمسين  مساءً" is 22:55 in the spec's value, but its span leaves out
    مساءً; rasid's span runs to the marker it read. Only where rasid's item starts where
    the spec's span does, goes on only by such a marker, and its value matches the spec's.
    """
    for item in items:
        if item["cstart"] != span[0] or item["cend"] <= span[1]:
            continue
        beyond = [without_marks(w) for w in text[span[1]:item["cend"]].split()]
        if not beyond or not all(w in DAY_PART_MARKERS for w in beyond):
            continue
        twin = next((f for f in future if (f["cstart"], f["cend"]) == (item["cstart"], item["cend"])), None)
        if compare_time_value(want, item, twin).status == PASS:
            return convention("msrt: the spec's span leaves out the part of the day its value holds")
    return None


def msrt_repeated_mention(pairs: list, item: dict) -> Outcome | None:
    """msrt: a date written twice is listed once by the spec ("14 أكتوبر 8:00 ، 14
    أكتوبر"); rasid reports every mention. Only an extra item whose text lies inside the
    text of an expected item rasid also found elsewhere."""
    found = (item.get("text") or "").strip()
    for want, paired, _ in pairs:
        elsewhere = paired["cend"] <= item["cstart"] or item["cend"] <= paired["cstart"]
        if found and found in (want.get("Text") or "") and elsewhere:
            return convention("msrt: a date repeated in the input is listed once by the spec")
    return None


def maha_fraction_as_percent(expected, items: list) -> Outcome | None:
    """maha: "خمسة في المية" is the fraction 0.05 there, 5 percent in rasid.

    rasid keeps percentages as percentages (kind percent, value 5), the way news state them.
    """
    for item in items:
        if item.get("kind") == "percent" and same_number(exact_value(item), expected * 100):
            return convention("maha: 'N in the hundred' is a percent in rasid")
    return None


def maha_summed_list(expected, items: list) -> Outcome | None:
    """maha: numbers joined by "و" out of order are summed there, separate in rasid.

    "ألف وألفين" or "مئة وعشرة ومليون" are not well-formed compound numbers (the parts do
    not fall in magnitude), so rasid reports each figure; Maha adds them up.
    """
    values = [exact_value(i) for i in items]
    if len(values) < 2 or any(v is None for v in values):
        return None
    out_of_order = any(b >= a for a, b in zip(values, values[1:]))
    if out_of_order and same_number(sum(values), expected):
        return convention("maha: out-of-order numbers joined by 'and' are summed")
    return None


def dateparser_bare_durations(case: dict, items: list) -> Outcome | None:
    """dateparser: a bare list of durations ("1 عام, 1 شهر...") is a time ago there.

    Nothing in the text says "ago" (منذ، قبل); rasid reports the durations, which add up
    to dateparser's offset.
    """
    ago = (case.get("expected") or {}).get("ago")
    durations = [i.get("duration") for i in items if i.get("kind") == "duration"]
    if not ago or not durations or len(durations) != len(items):
        return None
    parts = [{"value": v, "unit": u} for u, v in ago.items()]
    total = duration_parts([d for d in durations if isinstance(d, dict)])
    if total and duration_parts(parts) == total:
        return convention("dateparser: bare durations read as a time ago")
    # The list folded into one fractional year, compared as Maha's durations are.
    if len(durations) == 1 and same_duration(parts, durations[0]):
        return convention("dateparser: bare durations read as a time ago")
    return None


def maha_compound_ordinal(wanted: list, values: list) -> Outcome | None:
    """maha: "الألف والمئة" is two ordinals there (1000th, 100th), one in rasid (1100th).

    The parts fall in magnitude, as a compound number's do, so Arabic reads them as one
    ordinal; rasid reports that one.
    """
    falling = len(wanted) >= 2 and all(b < a for a, b in zip(wanted, wanted[1:]))
    if falling and len(values) == 1 and same_number(values[0], sum(wanted)):
        return convention("maha: a compound ordinal is one ordinal in rasid")
    return None


MAHA_CLOCK_TESTS = {"test_specific_minute": "minutes", "test_specific_hour": "hours"}


def maha_count_as_clock(case: dict, expected_moment: datetime, items: list):
    """maha: "ثلاث دقائق" (three minutes) is the clock minute :03 there, a duration here.

    A number of minutes or hours with no clock word is a length of time in Arabic news;
    rasid reports it as a duration of that length.
    """
    unit = MAHA_CLOCK_TESTS.get(case.get("test"))
    if not unit:
        return None
    field_value = expected_moment.minute if unit == "minutes" else expected_moment.hour
    for item in duration_items(items):
        duration = item.get("duration") or {}
        if UNIT_PLURAL.get(duration.get("unit"), duration.get("unit")) == unit and same_number(
            duration.get("value"), field_value
        ):
            return convention("maha: a count of minutes/hours is a clock reading")
    return None


PM_MARKERS = ("مساء", "ظهر", "العصر", "عصرا", "ليلا", "بالليل", "بعد الظهر")


def maha_pm_marker_ignored(case: dict, expected: datetime, got: datetime) -> Outcome | None:
    """maha: an afternoon/evening marker (ظهرا، مساء) left out of the expected hour.

    "الواحدة ظهرا" is 13:00; where Maha expects 01:00 and rasid says 13:00, rasid is right.
    """
    if got - expected == timedelta(hours=12) and any(m in case["text"] for m in PM_MARKERS):
        return convention("maha: pm marker ignored by the suite")
    return None


# Weekday names without the article ("اثنين" in "آخر اثنين من شباط").
WEEKDAY_STEMS = ("احد", "أحد", "اثنين", "إثنين", "ثلاثاء", "اربعاء", "أربعاء", "خميس", "جمعة",
                 "سبت")


# Weekday names with the article, Monday first (Python's weekday()).
WEEKDAY_NAMES = (("الاثنين", "الإثنين"), ("الثلاثاء",), ("الاربعاء", "الأربعاء"), ("الخميس",),
                 ("الجمعة", "الجمعه"), ("السبت",), ("الاحد", "الأحد"))


def maha_weekday_against_date(case: dict, expected: datetime, item: dict) -> Outcome | None:
    """maha: "يوم الأحد 25-11-2010" (a Thursday) is the Sunday after the date there.

    rasid's crate docs: where a weekday and a date disagree, the date named wins. Only
    where the input writes a whole numeric date, rasid's day is that date, and Maha's
    value is the weekday the input names, less than a week from it.
    """
    written = re.search(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", case["text"])
    got = parse_datetime((item.get("value") or {}).get("start"))
    if not written or got is None or item.get("precision") != "day":
        return None
    day, month, year = (int(g) for g in written.groups())
    named = [n for n, names in enumerate(WEEKDAY_NAMES) if any(w in case["text"] for w in names)]
    if (got.year, got.month, got.day) != (year, month, day) or len(named) != 1:
        return None
    near = abs(expected.date() - got.date()) < timedelta(days=7)
    if near and expected.weekday() == named[0] != got.weekday():
        return convention("maha: the written date wins over a weekday that disagrees")
    return None


def maha_month_in_reference_year(case: dict, expected: datetime, item: dict) -> Outcome | None:
    """maha: a bare month ("شهر 1", "كانون الثاني") is that month of the reference year.

    rasid resolves a month without a year in the preferred direction (Maha is run with
    prefer future), so January seen from September is next January.
    """
    got = parse_datetime((item.get("value") or {}).get("start"))
    reference = parse_datetime(case.get("reference_time"))
    if got is None or reference is None or item.get("precision") not in ("month", "day"):
        return None
    if re.search(r"[0-9٠-٩]{4}|سنة|السنه|عام", case["text"]):
        return None  # a year is named: the year is no convention
    same_month = got.month == expected.month and abs(got.year - expected.year) == 1
    if item.get("precision") == "day":
        # "شباط 13": the same day; "آخر اثنين من شباط": the same weekday of that month.
        names_weekday = any(w in case["text"] for w in WEEKDAY_STEMS)
        same_month = same_month and (got.day == expected.day or (
            names_weekday and got.weekday() == expected.weekday()))
    if expected.year == reference.year and same_month:
        return convention("maha: a bare month is in the reference year")
    return None


# Words by which an input names a day: a day number is caught by its digits, these by name.
DAY_NAMING_WORDS = (
    "يوم", "ايام", "أيام", "اول", "أول", "أوّل", "آخر", "اخر", "أخر", "غد", "امس", "أمس",
    "الاحد", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الاربعاء", "الأربعاء", "الخميس",
    "الجمعة", "السبت", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
    "الثامن", "التاسع", "العاشر", "عشر",
)


def names_no_day(text: str) -> bool:
    """The input names no day of a month: no one- or two-digit number, no day word."""
    digit_runs = re.findall(r"[0-9٠-٩۰-۹]+", text)
    if any(len(run) <= 2 for run in digit_runs):
        return False
    return not any(word in text for word in DAY_NAMING_WORDS)


def maha_day_copied_into_period(case: dict, expected: datetime, item: dict) -> Outcome | None:
    """maha: a month or year with no day keeps the reference's day ("شهر محرم" is the
    24th of Muharram when the reference is the 24th of a Hijri month).

    rasid never guesses a day: a month or year named without a day is that whole month or
    year (precision month or year). Where the input names no day and rasid's period
    contains Maha's day, both name the same month or year.
    """
    got = item.get("value") or {}
    start, end = parse_datetime(got.get("start")), parse_datetime(got.get("end"))
    if item.get("precision") not in ("month", "year") or start is None or end is None:
        return None
    if names_no_day(case["text"]) and start <= expected < end:
        return convention("maha: a month or year with no day keeps the reference's day")
    return None


# "الدقيقة" / "الدقيقه" (the minute), first word of the input.
MINUTE_NOUNS = ("الدقيقة", "الدقيقه")
CLOCK_WORDS = ("الساعة", "الساعه", "ساعة", "ساعه", ":")


def maha_minute_of_match(case: dict, expected: datetime, items: list) -> Outcome | None:
    """maha: "الدقيقة 3" / "الدقيقة الثالثة" is the minute :03 of the reference hour.

    With no hour named, "the third minute" in news is a minute of a match or of an event
    ("سجل في الدقيقة 3"), not a clock reading; rasid reports no time. Only where rasid
    found nothing, Maha kept the reference's date and hour, and any digits are the minute.
    """
    words = case["text"].split()
    reference = parse_datetime(case.get("reference_time"))
    if len(words) < 2 or words[0] not in MINUTE_NOUNS or reference is None:
        return None
    if moment_items(items) or any(w in case["text"] for w in CLOCK_WORDS):
        return None
    if expected.replace(minute=0, second=0) != reference.replace(minute=0, second=0):
        return None
    digits = re.findall(r"[0-9]+", case["text"])
    if digits and [int(d) for d in digits] != [expected.minute]:
        return None
    return convention("maha: 'the minute N' with no hour is no clock time")


# A unit noun alone: "العام" (the year), "الأسبوع" (the week), "الساعة" (the hour)...
BARE_UNIT_NOUNS = {
    "العام", "السنة", "السنه", "الشهر", "الأسبوع", "الاسبوع", "الساعة", "الساعه",
    "الدقيقة", "الدقيقه",
}


def maha_bare_unit_noun(case: dict, expected: datetime, items: list) -> Outcome | None:
    """maha: a unit noun alone ("العام", "الأسبوع", "الساعة") is the reference moment.

    A noun alone fixes no time: "العام" is also "public" (الرأي العام), "الساعة" a
    clock. rasid reports nothing; only where the input is that one noun, Maha's value is
    the reference itself and rasid found nothing.
    """
    words = case["text"].split()
    reference = parse_datetime(case.get("reference_time"))
    if len(words) != 1 or words[0] not in BARE_UNIT_NOUNS or moment_items(items):
        return None
    if expected == reference:
        return convention("maha: a unit noun alone is no date")
    return None


def maha_week_start(case: dict, expected: datetime, item: dict) -> Outcome | None:
    """maha: the week starts on another day (Maha: Sunday, or the test's `start_of_week`).

    rasid's weeks start on its own fixed day and it takes no start-of-week setting. A
    week-precision answer two days or less from Maha's week start names the same week;
    where the test sets the week start, an answer at most a week from Maha's is what
    another start of week gives.
    """
    got = parse_datetime((item.get("value") or {}).get("start"))
    within_a_week = got is not None and abs(got.date() - expected.date()) <= timedelta(days=7)
    if case.get("start_of_week") and within_a_week:
        return convention("maha: week starts on another day")
    if item.get("precision") == "week" and got is not None:
        wanted = week_start(expected, case.get("start_of_week") or "SU")
        if abs(got - wanted) <= timedelta(days=2):
            return convention("maha: week starts on another day")
    return None


# ---------------------------------------------------------------------------------------
# Maha numerals, ordinals, negatives, durations
# ---------------------------------------------------------------------------------------


def compare_maha_numeral(case: dict, found: dict) -> Outcome:
    """Exactly one count (not ordinal) with the expected value."""
    expected = case["expected"]
    items = count_items(found["numbers"])
    if len(items) == 1 and same_number(exact_value(items[0]), expected):
        return passed()
    for rule in (maha_fraction_as_percent, maha_summed_list):
        outcome = rule(expected, items)
        if outcome:
            return outcome
    if not items:
        return error("no number found")
    values = [exact_value(i) for i in items]
    return error(f"expected one number {expected}, found {values}")


def compare_maha_ordinal(case: dict, found: dict) -> Outcome:
    """Exactly one ordinal with the value; with `value_list`, the ordinals in order."""
    expected = case["expected"]
    wanted = expected if isinstance(expected, list) else [expected]
    values = [exact_value(i) for i in ordinal_items(found["numbers"])]
    if len(values) == len(wanted) and all(same_number(v, w) for v, w in zip(values, wanted)):
        return passed()
    outcome = maha_compound_ordinal(wanted, values)
    if outcome:
        return outcome
    if not values:
        return error("no ordinal found")
    return error(f"expected ordinals {wanted}, found {values}")


def compare_maha_negative(case: dict, found: dict) -> Outcome:
    """Nothing of the case's dimension may be found.

    numeral: no count (an ordinal reading such as العشرين "the twentieth" is allowed: the
    suite tests the numeral dimension only); ordinal: no ordinal; duration: no duration;
    time: no date or time (a duration is allowed: Maha's time dimension excludes them).
    """
    dim = case.get("dim")
    if dim == "numeral":
        items = count_items(found["numbers"])
    elif dim == "ordinal":
        items = ordinal_items(found["numbers"])
    elif dim == "duration":
        items = duration_items(found["future"])
    else:
        items = moment_items(found["future"])
    if not items:
        return passed()
    return error(f"found {[i.get('text') for i in items]}, expected no {dim}")


def compare_maha_duration(case: dict, found: dict) -> Outcome:
    """Exactly one duration equal to the expected list of {value, unit}."""
    items = duration_items(found["future"])
    if len(items) != 1:
        return error(f"expected one duration, found {len(items)}")
    duration = items[0].get("duration")
    if same_duration(case["expected"], duration):
        return passed()
    return maha_minus_before_duration(case, duration) or error(
        f"duration {duration} != {case['expected']}")


def maha_minus_before_duration(case: dict, duration: dict | None) -> Outcome | None:
    """maha: "-1 ساعة" is a duration of minus one hour.

    A duration in rasid is a length, never negative; a dash before a figure in news is a
    bullet or a dash, not a sign. Only where the input starts with the dash, every
    expected value is negative and rasid's length is the same without the sign.
    """
    expected = case.get("expected")
    if not isinstance(expected, list) or not case["text"].lstrip().startswith("-"):
        return None
    if not expected or any(not isinstance(part.get("value"), (int, float)) or part["value"] >= 0
                           for part in expected):
        return None
    unsigned = [dict(part, value=-part["value"]) for part in expected]
    if same_duration(unsigned, duration):
        return convention("maha: a dash before a duration is no minus sign")
    return None


# ---------------------------------------------------------------------------------------
# Maha and dateparser times
# ---------------------------------------------------------------------------------------

MAHA_TEST_PRECISION = {
    **dict.fromkeys(
        ["test_current_year", "test_previous_year", "test_next_year", "test_after_before_years",
         "test_next_two_years", "test_previous_two_years", "test_this_year"], "year"),
    **dict.fromkeys(
        ["test_n_months", "test_after_30_months", "test_specific_month",
         "test_next_specific_month_same_year", "test_next_specific_month_next_year",
         "test_previous_specific_month_previous_year", "test_previous_specific_month_same_year",
         "test_previous_this_month", "test_month_and_year"], "month"),
    **dict.fromkeys(["test_next_weeks", "test_previous_weeks"], "week"),
    **dict.fromkeys(
        ["test_next_days", "test_previous_days", "test_specific_next_weekday",
         "test_specific_previous_weekday", "test_first_day_and_month",
         "test_last_specific_day_of_specific_month", "test_hijri_date",
         "test_class_retains_values"], "day"),
    **dict.fromkeys(["test_specific_hour", "test_after_hours", "test_before_hours"], "hour"),
    **dict.fromkeys(
        ["test_specific_minute", "test_after_minutes", "test_before_minutes"], "minute"),
}


def implied_precision(value: datetime, reference: datetime | None) -> str | None:
    """The precision an expected value shows, given that Maha and dateparser copy the
    reference's fields the expression does not fix.

    A time of day unlike the reference's: second, minute or hour by its trailing zeros.
    Otherwise the finest date field unlike the reference's; None when all are alike.
    """
    same_clock = reference is not None and value.time() == reference.time()
    if not same_clock and (reference is not None or value.time() != datetime.min.time()):
        if value.second:
            return "second"
        return "minute" if value.minute else "hour"
    if reference is None:
        return "day"
    if value.day != reference.day:
        return "day"
    if value.month != reference.month:
        return "month"
    if value.year != reference.year:
        return "year"
    return None


def case_precision(case: dict, values: list[datetime]) -> str:
    """The precision at which a Maha or dateparser case is compared: its test's, its
    `period`, `compare: date`, else the finest the expected values show (default day)."""
    expected = case.get("expected") or {}
    if case.get("test") in MAHA_TEST_PRECISION:
        return MAHA_TEST_PRECISION[case["test"]]
    if expected.get("period") in PRECISIONS:
        return expected["period"]
    if expected.get("compare") == "date":
        return "day"
    reference = parse_datetime(case.get("reference_time"))
    shown = [p for p in (implied_precision(v, reference) for v in values) if p]
    return min(shown, key=PRECISIONS.index) if shown else "day"


def same_start(case: dict, item: dict, expected: datetime, precision: str) -> Outcome:
    """rasid's start against an expected moment at the case's precision."""
    value = item.get("value") or {}
    got = parse_datetime(value.get("start"))
    got_precision = item.get("precision")
    if got is None or got_precision not in PRECISIONS:
        return error(f"'{item.get('text')}' is unresolved")
    if case.get("start_of_week") and got_precision == "week":
        precision = "week"  # the test is about which week; rasid answered with one
    if coarser(got_precision, precision):
        copied = maha_day_copied_into_period(case, expected, item)
        if copied and case.get("file") == "maha_ar_time" and precision == "day":
            return copied
        return error(f"too coarse: {got_precision}, the case fixes the {precision}")
    week = case.get("start_of_week") or "SU"
    if truncate(got, precision, week) == truncate(expected, precision, week):
        return passed()
    for rule in (
        lambda: maha_weekday_against_date(case, expected, item),
        lambda: maha_pm_marker_ignored(case, expected, got),
        lambda: maha_week_start(case, expected, item)
        if precision == "week" or case.get("start_of_week") else None,
        lambda: maha_month_in_reference_year(case, expected, item)
        if precision in ("month", "day") else None,
    ):
        outcome = rule()
        if outcome:
            return outcome
    return error(
        f"start {value.get('start')} ({got_precision}) != {expected:%Y-%m-%dT%H:%M:%S}"
        f" at {precision}"
    )


def same_end(item: dict, expected: datetime | None, precision: str) -> Outcome:
    """rasid's exclusive end against an expected end: the same moment, or the end of the
    unit (at the case's precision) holding it ("to 5 o'clock" may include the hour)."""
    if expected is None:
        return passed()
    got = parse_datetime((item.get("value") or {}).get("end"))
    if got is None:
        return error(f"'{item.get('text')}' has no end")
    if got == expected or got == unit_step(truncate(expected, precision), precision):
        return passed()
    return error(f"end {got:%Y-%m-%dT%H:%M:%S} != {expected:%Y-%m-%dT%H:%M:%S}")


def one_moment(items: list) -> tuple[dict | None, Outcome | None]:
    """The single date or time found, or the error saying there is not exactly one."""
    moments = moment_items(items)
    if len(moments) == 1:
        return moments[0], None
    if not moments:
        return None, error("no date or time found")
    return None, error(f"expected one time, found {[m.get('text') for m in moments]}")


def compare_maha_time(case: dict, found: dict) -> Outcome:
    """Exactly one date or time whose start (and end, for intervals) is the expected one
    at the case's precision."""
    items = found["future"]
    expected = case["expected"]
    if expected.get("type") == "interval":
        return compare_maha_interval(case, items)
    moment = parse_datetime(expected.get("value"))
    precision = case_precision(case, [moment])
    item, problem = one_moment(items)
    if problem:
        return (
            maha_count_as_clock(case, moment, items)
            or maha_minute_of_match(case, moment, items)
            or maha_bare_unit_noun(case, moment, items)
            or problem
        )
    return same_start(case, item, moment, precision)


def compare_maha_interval(case: dict, items: list) -> Outcome:
    """One date or time whose start is `from` and whose end is `to`, each at its own
    precision (an end that shows none takes the start's, and the reverse); a missing
    `from` or `to` is an open side and is not checked."""
    expected = case["expected"]
    start, end = parse_datetime(expected.get("from")), parse_datetime(expected.get("to"))
    reference = parse_datetime(case.get("reference_time"))
    start_precision = implied_precision(start, reference) if start else None
    end_precision = implied_precision(end, reference) if end else None
    fallback = start_precision or end_precision or case_precision(case, [])
    item, problem = one_moment(items)
    if problem:
        return problem
    outcomes = []
    if start is not None:
        outcomes.append(same_start(case, item, start, start_precision or fallback))
    end_outcome = same_end(item, end, end_precision or fallback)
    if end_outcome.status == ERROR and outcomes and is_bare_month(outcomes[0]):
        end_outcome = maha_end_in_reference_year(case, item, end) or end_outcome
    if outcomes and outcomes[0].status == ERROR and end_outcome.status == PASS:
        outcomes[0] = maha_day_dates_only_the_end(case, item, start) or outcomes[0]
    outcomes.append(end_outcome)
    return combine(outcomes)


# Day words that may close a range of hours: "غدا" (tomorrow), "بكرة", "امس"...
CLOSING_DAY_WORDS = ("غدا", "غداً", "بكرة", "بكره", "بكرا", "امس", "أمس", "البارحة")


def maha_day_dates_only_the_end(case: dict, item: dict, start: datetime | None) -> Outcome | None:
    """maha: "من الرابعة مساء للخمسة بكرة": tomorrow dates only the end (Maha: today 16:00
    to tomorrow 17:00).

    rasid (crate docs: a day after a range of hours dates both ends) reads tomorrow 16:00
    to 17:00. Only where the input ends with that day word, rasid's end is Maha's, and
    rasid's start is Maha's start moved by that one day, clock unchanged.
    """
    words = case["text"].split()
    got = parse_datetime((item.get("value") or {}).get("start"))
    if not words or words[-1] not in CLOSING_DAY_WORDS or got is None or start is None:
        return None
    if abs(got - start) == timedelta(days=1) and got.time() == start.time():
        return convention("maha: a day after a range of hours dates only its end")
    return None


def is_bare_month(outcome: Outcome) -> bool:
    """The outcome is the bare-month convention (a month in the next year in rasid)."""
    return outcome.status == CONVENTION and "bare month" in outcome.reason


def maha_end_in_reference_year(case: dict, item: dict, end: datetime | None) -> Outcome | None:
    """maha: "من شباط 13 الى 15 تموز": both ends in the reference year, as the start.

    Where the start already differs from Maha's only by the bare-month convention (rasid:
    next February, as it prefers the future), the end follows it into that year: the end
    passes when rasid's exclusive end is the day after Maha's end, one year later.
    """
    got = parse_datetime((item.get("value") or {}).get("end"))
    if end is None or got is None or item.get("precision") != "day":
        return None
    try:
        moved = end.replace(year=end.year + 1, hour=0, minute=0, second=0)
    except ValueError:
        return None
    if got == moved + timedelta(days=1):
        return convention("maha: a bare month is in the reference year")
    return None


def offset_moment(reference: datetime, offset: dict) -> datetime:
    """The reference moved by a dateparser offset ({years, months, weeks, days, ...})."""
    moved = add_months(reference, int(offset.get("years", 0)) * 12 + int(offset.get("months", 0)))
    return moved + timedelta(
        weeks=offset.get("weeks", 0), days=offset.get("days", 0), hours=offset.get("hours", 0),
        minutes=offset.get("minutes", 0), seconds=offset.get("seconds", 0),
    )


def offset_precision(offset: dict) -> str:
    """The finest unit an offset names."""
    for unit in ("seconds", "minutes", "hours", "days", "weeks", "months", "years"):
        if unit in offset:
            return unit[:-1]
    return "day"


def compare_dateparser(case: dict, found: dict) -> Outcome:
    """dateparser: a value, a duration, an offset from the reference, or a list of dates
    found in a longer text."""
    items = found["past"]
    expected = case["expected"]
    if isinstance(expected, list):
        return compare_dateparser_search(case, expected, items)
    kind = expected.get("type")
    if kind == "duration":
        durations = duration_items(items)
        if len(durations) == 1 and same_duration([expected], durations[0].get("duration")):
            return passed()
        return error(f"expected one duration {expected['value']} {expected['unit']}")
    if kind == "relative":
        reference = parse_datetime(reference_of(case))
        moment = offset_moment(reference, expected.get("offset") or {})
        precision = offset_precision(expected.get("offset") or {})
    else:
        moment = parse_datetime(expected.get("value"))
        precision = case_precision(case, [moment])
    item, problem = one_moment(items)
    if problem:
        return (
            dateparser_bare_durations(case, items)
            or dateparser_day_from_the_story(case, items)
            or problem
        )
    outcome = same_start(case, item, moment, precision)
    if outcome.status == ERROR:
        return dateparser_unmarked_hijri(case, item) or outcome
    return outcome


def dateparser_day_from_the_story(case: dict, items: list) -> Outcome | None:
    """dateparser: "اليوم السابق" (the previous day) is yesterday there.

    rasid's crate docs: days counted from an event (`اليوم التالي`, `اليوم السابق`)
    are counted from the story's day, not from the reference, and are not resolved.
    Only where the input is those two words, dateparser's offset is one day and rasid
    found no date.
    """
    words = case["text"].split()
    offset = (case.get("expected") or {}).get("offset") or {}
    if words[:1] != ["اليوم"] or len(words) != 2 or words[1] not in ("السابق", "التالي"):
        return None
    if offset == {"days": -1 if words[1] == "السابق" else 1} and not moment_items(items):
        return convention("dateparser: a day counted from the story is not resolved")
    return None


HIJRI_MARKERS = ("هـ", "ه", "هجري", "هجرية", "للهجرة")


def dateparser_unmarked_hijri(case: dict, item: dict) -> Outcome | None:
    """dateparser: its Hijri parser reads "30-02-33" as 30 Safar 1433.

    The calendar is the parser's setting there; in text a numeric date with a two-digit
    year and no Hijri marker is Gregorian in rasid (Hijri only when marked or when the
    year is 1300-1599). Only where the whole input is that date, rasid read it in the
    Gregorian calendar with the day and month as written, or left it unresolved because
    no such Gregorian day exists (30 February).
    """
    text = case["text"].strip()
    written = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2})", text)
    if case.get("calendar") != "hijri" or not written or any(m in text for m in HIJRI_MARKERS):
        return None
    if (item.get("text") or "").strip() != text:
        return None
    day, month = int(written.group(1)), int(written.group(2))
    got = parse_datetime((item.get("value") or {}).get("start"))
    gregorian_day_exists = month <= 12 and (month != 2 or day <= 29) and day <= 31
    if got is None and not gregorian_day_exists:
        return convention("dateparser: an unmarked two-digit year is Gregorian in rasid")
    if got is not None and item.get("precision") == "day" and (got.day, got.month) == (day, month):
        return convention("dateparser: an unmarked two-digit year is Gregorian in rasid")
    return None


def compare_dateparser_search(case: dict, expected: list, items: list) -> Outcome:
    """Each expected {text, value} found as a date (same words, edge words aside) at day
    precision, and nothing else."""
    moments = moment_items(items)
    outcomes = []
    unmatched = list(moments)
    for want in expected:
        match = next(
            (m for m in unmatched if m.get("text", "").strip() == want["text"].strip()
             or edge_difference_only(want["text"], m.get("text", ""))),
            None,
        )
        if match is None:
            outcomes.append(error(f"missed '{want['text']}'"))
            continue
        unmatched.remove(match)
        outcomes.append(same_start(case, match, parse_datetime(want["value"]), "day"))
    outcomes += [error(f"extra '{m.get('text')}'") for m in unmatched]
    return combine(outcomes)


# ---------------------------------------------------------------------------------------
# Recognizers-Text: spans
# ---------------------------------------------------------------------------------------


def locate_expected(text: str, expected: dict) -> tuple[int, int] | None:
    """The expected item's character span (end exclusive), whitespace trimmed.

    Start/End (End inclusive) or Start/Length when they agree with Text, else the first
    occurrence of Text; None when Text is not in the input.
    """
    wanted = expected.get("Text") or ""
    if not wanted.strip():
        return None  # an empty placeholder result
    start = expected.get("Start", -1)
    if not (isinstance(start, int) and 0 <= start and text[start:start + len(wanted)] == wanted):
        start = text.find(wanted)
        if start < 0:
            return None
    end = start + len(wanted)  # Text wins over an End or Length that disagrees
    return trim_span(text, start, end)


def invisible(char: str) -> bool:
    """White space, an invisible format mark (bidi marks, ZWJ...), or an Arabic
    diacritic or tatweel at a span's edge: "مساءً" and "مساء" are the same span (rasid
    keeps the marks of the last letter; some specs cut the tanween)."""
    return (
        char.isspace()
        or unicodedata.category(char) == "Cf"
        or "\u064b" <= char <= "\u065f"
        or char in "\u0670\u0640"
    )


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A character span without white space or invisible marks at its edges: spans that
    differ only by those are the same span."""
    while start < end and invisible(text[start]):
        start += 1
    while end > start and invisible(text[end - 1]):
        end -= 1
    return start, end


@dataclass
class SpanMatch:
    """Expected items paired with rasid's items by span."""

    pairs: list = field(default_factory=list)  # (expected, item, edge-words convention?)
    missed: list = field(default_factory=list)  # (expected, span or None)
    extra: list = field(default_factory=list)  # items


def match_spans(text: str, expected_items: list, items: list) -> SpanMatch:
    """Pairs each expected item with the found item of the same span, else one whose span
    differs only by edge words; what is left is missed or extra."""
    result = SpanMatch()
    free = list(items)
    for want in expected_items:
        span = locate_expected(text, want)
        if span is None:
            result.missed.append((want, None))
            continue
        exact = next((i for i in free if (i["cstart"], i["cend"]) == span), None)
        if exact is not None:
            free.remove(exact)
            result.pairs.append((want, exact, None))
            continue
        item, edge = loose_match(text, span, free)
        if item is not None:
            free.remove(item)
            result.pairs.append((want, item, edge))
        else:
            result.missed.append((want, span))
    result.extra = free
    return result


def loose_match(text: str, span: tuple, items: list) -> tuple[dict | None, Outcome | None]:
    """The first item whose span differs from `span` only by edge words, with the
    convention that says so."""
    wanted = text[span[0]:span[1]]
    for item in items:
        edge = msrt_span_edges(wanted, text[item["cstart"]:item["cend"]])
        if edge:
            return item, edge
    for item in items:
        edge = msrt_span_edges_overlap(text, span, item)
        if edge:
            return item, edge
    return None, None


# ---------------------------------------------------------------------------------------
# Recognizers-Text: number models
# ---------------------------------------------------------------------------------------


def msrt_number_candidates(spec: str, numbers: list) -> list:
    """The found items a number spec is about."""
    if spec == "NumberModel":
        return [i for i in numbers if i.get("kind") == "cardinal"]
    if spec == "NumberRangeModel":
        return [
            i for i in numbers
            if i.get("kind") == "cardinal" and i.get("value") is None and i.get("vague") is None
            and (i.get("low") is not None or i.get("high") is not None)
        ]
    if spec.startswith("Ordinal"):
        return ordinal_items(numbers)
    if spec == "PercentModel":
        return [i for i in numbers if i.get("kind") == "percent"]
    return []


RANGE = re.compile(r"^\s*([\[(])\s*([^,]*)\s*,\s*([^,\])]*)\s*([\])])\s*$")


def parse_range(value: str):
    """"(20,35]" as (low, high, low_open, high_open); empty ends are None."""
    match = RANGE.match(value or "")
    if not match:
        return None
    left, low, high, right = match.groups()
    low = float(low) if low.strip() else None
    high = float(high) if high.strip() else None
    return low, high, left == "(", right == ")"


def inclusive_bound(bound, is_open: bool, step: int):
    """An interval end as rasid's inclusive whole-number bound: open ends of whole numbers
    move one inward (`step` +1 for a low end, -1 for a high end)."""
    if bound is None or not is_open or bound != int(bound):
        return bound
    return bound + step


def compare_msrt_number_resolution(spec: str, want: dict, item: dict) -> Outcome:
    """One number model's Resolution against rasid's item."""
    resolution = want.get("Resolution")
    value = resolution.get("value") if isinstance(resolution, dict) else None
    if spec == "NumberRangeModel":
        parsed = parse_range(value)
        if parsed is None:
            return error(f"unreadable range {value!r}")
        low, high, low_open, high_open = parsed
        got_low, got_high = item.get("low"), item.get("high")
        want_low = inclusive_bound(low, low_open, +1)
        want_high = inclusive_bound(high, high_open, -1)
        low_ok = (want_low is None and got_low is None) or same_number(got_low, want_low)
        high_ok = (want_high is None and got_high is None) or same_number(got_high, want_high)
        if low_ok and high_ok:
            return passed()
        return (
            msrt_half_open_range(low_open, high_open, low, high, got_low, got_high)
            or msrt_more_than_closed(low_open, low, high, got_low, got_high)
        ) or error(
            f"range {value} read as {got_low}..{got_high}"
        )
    if spec.startswith("Ordinal") and want.get("TypeName") == "ordinal.relative":
        return error(f"relative ordinal {value} reported as {exact_value(item)}")
    if isinstance(value, str):
        value = value.rstrip("%")
    if same_number(exact_value(item), value):
        return passed()
    return error(f"value {value} read as {exact_value(item)}")


def compare_msrt_number(case: dict, found: dict) -> Outcome:
    """Every expected result found with the same span (and resolution unless ignored),
    nothing else of the spec's kind."""
    spec, text = case["spec"], case["text"]
    defect = spec_defect_of(case)
    if defect:
        return defect
    numbers = found["numbers"]
    match = match_spans(text, case["expected"], msrt_number_candidates(spec, numbers))
    outcomes = []
    for want, item, edge in match.pairs:
        if edge:
            outcomes.append(edge)
        if not case.get("ignore_resolution"):
            outcomes.append(compare_msrt_number_resolution(spec, want, item))
    explained = []
    for want, span in match.missed:
        outcome = explain_missed_number(case, want, span, numbers)
        outcomes.append(outcome)
        if outcome.status == CONVENTION and span is not None:
            explained.append(span)
    outcomes += extra_items(match.extra, explained, text, (msrt_glued_digits,))
    return combine(outcomes)


def extra_items(extra: list, explained_spans: list, text: str = "", rules=()) -> list[Outcome]:
    """Outcomes for found items nothing expected: skipped when they overlap an expected
    item already counted as a convention difference (the same disagreement seen twice),
    else the first convention of `rules(text, item)` that holds, else an error."""
    outcomes = []
    for item in extra:
        if any(item["cstart"] < end and start < item["cend"] for start, end in explained_spans):
            continue
        outcome = next((o for o in (rule(text, item) for rule in rules) if o), None)
        outcomes.append(outcome or error(f"extra '{item.get('text')}'"))
    return outcomes


def msrt_exact_as_range(case: dict, want: dict, span, numbers: list) -> Outcome | None:
    """A closed one-point range ("يساوي 20" = [20,20]) is an exact figure in rasid.

    rasid reports "equals 20" as value 20 with low = high = 20 rather than as a range with
    no value; that is the same reading, so it passes (not a convention difference).
    """
    if case["spec"] != "NumberRangeModel" or span is None:
        return None
    resolution = want.get("Resolution")
    parsed = parse_range(resolution.get("value") if isinstance(resolution, dict) else None)
    if parsed is None:
        return None
    low, high, low_open, high_open = parsed
    if low is None or high is None or low_open or high_open or not same_number(low, high):
        return None
    start, end = span
    for item in numbers:
        if item.get("kind") != "cardinal" or (item["cstart"], item["cend"]) != (start, end):
            continue
        if same_number(item.get("low"), low) and same_number(item.get("high"), high):
            return passed()
    return None


MATH_FRACTION_WORDS = (" على ", " من ", " في ", " جزء ", " اجزاء ", " أجزاء ")
MIXED_FRACTION = re.compile(r"[0-9٠-٩]+\s+[0-9٠-٩]+\s*/\s*[0-9٠-٩]+|[0-9٠-٩]+\s*/\s*[0-9٠-٩]+\s+[0-9٠-٩]+")


def msrt_math_notation(case: dict, want: dict, span, numbers: list) -> Outcome | None:
    """msrt: math notation (powers, "X على Y" and "X من Y" fractions, mixed fractions).

    rasid reads news: "واحد من ثلاثة" is one of three (a count and a total), "3 على 1" a
    score, "1.1^+23" does not occur. Recognizers-Text reads them as a single fraction or
    power. Holds only when the spec's subtype is fraction or power and rasid reports the
    numbers inside the span as separate figures (or the expression is a power).
    """
    resolution = want.get("Resolution")
    subtype = resolution.get("subtype") if isinstance(resolution, dict) else None
    text = want.get("Text") or ""
    if subtype == "power" or "^" in text:
        return convention("msrt: math notation (powers, X على/من Y, mixed fractions) not read")
    if subtype is None:  # some cases carry only a value: a non-integer one is a fraction
        try:
            number = float(resolution.get("value")) if isinstance(resolution, dict) else None
        except (TypeError, ValueError):
            number = None
        if number is not None and number != int(number):
            subtype = "fraction"
    if subtype != "fraction" or span is None:
        return None
    padded = f" {text} "
    if MIXED_FRACTION.search(text) or any(word in padded for word in MATH_FRACTION_WORDS):
        start, end = span
        inside = [i for i in numbers if start <= i["cstart"] and i["cend"] <= end]
        if inside:
            return convention("msrt: math notation (powers, X على/من Y, mixed fractions) not read")
    return None


def msrt_more_than_closed(low_open: bool, low, high, got_low, got_high) -> Outcome | None:
    """msrt: "more than N" written as the closed range [N,) (Recognizers-Text's own
    inconsistency: elsewhere it writes (N,)); SPEC.md makes it low N+1."""
    if high is not None or got_high is not None:
        return None  # only the open-ended "[N,)"
    if not low_open and low is not None and got_low is not None and low == int(low):
        if same_number(got_low, low + 1):
            return convention("msrt: 'more than N' is N+1 in rasid (SPEC)")
    return None


def explain_missed_number(case: dict, want: dict, span, numbers: list) -> Outcome:
    """A convention for an expected number rasid did not report, or the error."""
    if span is None:
        return msrt_spec_defect(case, want) or error(f"missed '{want.get('Text')}'")
    resolution = want.get("Resolution")
    value = resolution.get("value") if isinstance(resolution, dict) else None
    return (
        msrt_exact_as_range(case, want, span, numbers)
        or msrt_not_a_count(case, span, numbers)
        or msrt_math_notation(case, want, span, numbers)
        or msrt_relative_ordinal(want, numbers)
        or msrt_qualified_number(case, span, value, numbers)
        or error(f"missed '{want.get('Text')}'")
    )


# ---------------------------------------------------------------------------------------
# Recognizers-Text: date-time extractors, parsers and models
# ---------------------------------------------------------------------------------------


def msrt_time_candidates(spec: str, items: list) -> list:
    """The found items a date-time spec is about."""
    if spec.startswith("Duration"):
        return duration_items(items)
    if spec.startswith("Merged") or spec == "DateTimeModel":
        return list(items)
    return moment_items(items)


def resolution_of_value(value: dict) -> dict:
    """A model's `values` entry ({type, value | start, end}) as a Past/FutureResolution."""
    kind = value.get("type", "")
    single = {
        "date": "date", "time": "time", "datetime": "dateTime", "duration": "duration",
        "set": "set",
    }
    ranged = {"daterange": "Date", "timerange": "Time", "datetimerange": "DateTime"}
    if kind in single:
        return {single[kind]: value.get("value")}
    if kind in ranged:
        suffix = ranged[kind]
        return {f"start{suffix}": value.get("start"), f"end{suffix}": value.get("end")}
    return {}


def unresolved(value) -> bool:
    """Values Recognizers-Text gives when it resolves nothing."""
    if not isinstance(value, str):
        return True
    return value.startswith(("0001-01-01", "XXXX")) or value == "not resolved"


def compare_time_field(key: str, want: str, item: dict) -> Outcome:
    """One Past/FutureResolution field against rasid's item."""
    if unresolved(want):
        return passed()
    value = item.get("value") or {}
    if key == "duration":
        seconds = duration_seconds_msrt(item.get("duration") or {})
        if seconds is not None and same_number(seconds, want):
            return passed()
        vague = msrt_vague_count(item)
        if vague:
            return vague
        return error(f"duration {item.get('duration')} != {want} s")
    if key == "set":
        return error("rasid reports a set")  # never reached: sets are a convention
    is_end = key.startswith("end")
    got = parse_datetime(value.get("end" if is_end else "start"))
    clock_only = key == "time" or key.endswith("Time") and not key.endswith("DateTime")
    if clock_only:
        # A clock time alone: compare on the day rasid resolved it to.
        expected = parse_datetime(f"{got:%Y-%m-%d} {want}") if got else None
    else:
        expected = parse_datetime(want)
    if got is None or expected is None:
        given = value.get("end" if is_end else "start")
        return error(f"{key}: rasid gives {given}, expected {want}")
    by_day = key == "date" or key.endswith("Date")
    if (got.date() == expected.date()) if by_day else (got == expected):
        return passed()
    if is_end:
        outcome = msrt_inclusive_end(expected, got, "day" if by_day else item.get("precision"))
        if outcome:
            return outcome
    shown_as = "%Y-%m-%d" if by_day else "%H:%M:%S" if clock_only else "%Y-%m-%d %H:%M:%S"
    shown = got.strftime(shown_as)
    return error(f"{key} {shown} != {want}")


def compare_resolution(resolution: dict, item: dict) -> Outcome:
    """All the fields of one resolution."""
    if not resolution:
        return passed()
    return combine([compare_time_field(k, v, item) for k, v in resolution.items()])


def compare_time_value(want: dict, past_item: dict, future_item: dict | None) -> Outcome:
    """A parser's Past/FutureResolution, or a model's `values`, against the two runs."""
    value = want.get("Value") or want.get("Resolution")
    if not isinstance(value, dict):
        return passed()  # "not resolved": nothing to compare
    if "values" in value:
        options = [resolution_of_value(v) for v in value["values"] if isinstance(v, dict)]
        outcomes = []
        for item in (past_item, future_item):
            if item is None:
                outcomes.append(error("not found when preferring the future"))
                continue
            tries = [compare_resolution(o, item) for o in options] or [passed()]
            best = next((t for t in tries if t.status == PASS), None)
            best = best or next((t for t in tries if t.status == CONVENTION), tries[0])
            outcomes.append(best)
        return combine(outcomes)
    outcomes = [compare_resolution(value.get("PastResolution") or {}, past_item)]
    if future_item is None:
        outcomes.append(error("not found when preferring the future"))
    else:
        outcomes.append(compare_resolution(value.get("FutureResolution") or {}, future_item))
    return combine(outcomes)


def compare_msrt_datetime(case: dict, found: dict) -> Outcome:
    """Spans as for extractors; for parsers and models also the resolutions, past and
    future, unless the spec says to ignore them."""
    spec, text = case["spec"], case["text"]
    defect = spec_defect_of(case)
    if defect:
        return defect
    candidates = msrt_time_candidates(spec, found["past"])
    match = match_spans(text, case["expected"], candidates)
    future = msrt_time_candidates(spec, found.get("future") or [])
    outcomes = []
    for want, item, edge in match.pairs:
        if edge:
            outcomes.append(edge)
        has_value = want.get("Value") or want.get("Resolution")
        if case.get("task") != "extractor" and has_value and not case.get("ignore_resolution"):
            twin = next(
                (f for f in future if (f["cstart"], f["cend"]) == (item["cstart"], item["cend"])),
                None,
            )
            outcome = compare_time_value(want, item, twin)
            if outcome.status == ERROR:
                outcome = msrt_value_convention(case, want, item, twin) or outcome
            outcomes.append(outcome)
    explained = []
    for want, span in match.missed:
        outcome = explain_missed_time(case, want, span)
        if outcome.status == ERROR and span is not None:
            outcome = (
                msrt_time_on_a_bare_day(want, match.extra)
                or msrt_day_part_beyond_span(want, span, match.extra, future, text)
                or outcome
            )
        outcomes.append(outcome)
        if outcome.status == CONVENTION and span is not None:
            explained.append(span)
    outcomes += extra_items(
        match.extra, explained, text, (
            lambda _, item: msrt_date_outside_time_spec(spec, item),
            lambda _, item: msrt_repeated_mention(match.pairs, item),
        )
    )
    return combine(outcomes)


def explain_missed_time(case: dict, want: dict, span) -> Outcome:
    """A convention for an expected date-time rasid did not report, or the error."""
    if span is None:
        return msrt_spec_defect(case, want) or error(f"missed '{want.get('Text')}'")
    return (
        msrt_set_or_holiday(case, want)
        or msrt_holiday_name(want)
        or msrt_bare_day_number(case, want)
        or msrt_counted_from_the_story(want)
        or error(f"missed '{want.get('Text')}'")
    )


# ---------------------------------------------------------------------------------------
# Dispatch
# ---------------------------------------------------------------------------------------

COMPARATORS = {
    "maha_ar_numeral": compare_maha_numeral,
    "maha_ar_ordinal": compare_maha_ordinal,
    "maha_ar_negative": compare_maha_negative,
    "maha_ar_duration": compare_maha_duration,
    "maha_ar_time": compare_maha_time,
    "dateparser_ar": compare_dateparser,
    "msrt_ar_number": compare_msrt_number,
    "msrt_ar_datetime": compare_msrt_datetime,
}


def score_case(case: dict, found: dict) -> Outcome:
    """The case's outcome; probe failures and scorer surprises are errors, not crashes."""
    failures = [f for f in found.values() if isinstance(f, ProbeFailure)]
    if failures:
        return error(f"probe failure: {failures[0]}")
    comparator = COMPARATORS.get(case["file"])
    if comparator is None:
        return error(f"no comparator for {case['file']}")
    try:
        return comparator(case, found)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as err:
        return error(f"scorer could not read this case or its output: {err!r}")


# ---------------------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts of one row of the table."""

    cases: int = 0
    passed: int = 0
    conventions: int = 0
    errors: int = 0
    baseline_cases: Counter = field(default_factory=Counter)  # baseline name -> cases
    baseline_passes: Counter = field(default_factory=Counter)  # baseline name -> passes

    def add(self, case: dict, outcome: Outcome) -> None:
        """Counts one scored case."""
        self.cases += 1
        self.passed += outcome.status == PASS
        self.conventions += outcome.status == CONVENTION
        self.errors += outcome.status == ERROR
        baseline = baseline_of(case)
        if baseline:
            self.baseline_cases[baseline[0]] += 1
            self.baseline_passes[baseline[0]] += baseline[1]

    def accuracy(self) -> float:
        """passed / cases."""
        return self.passed / self.cases if self.cases else 0.0

    def accuracy_without_conventions(self) -> float:
        """passed / (cases - convention differences)."""
        judged = self.cases - self.conventions
        return self.passed / judged if judged else 1.0

    def baselines(self) -> str:
        """The baselines as "name passes/cases", comma separated."""
        return ", ".join(
            f"{name} {self.baseline_passes[name]}/{count}"
            for name, count in self.baseline_cases.items()
        )

    def as_json(self) -> dict:
        """The row for --json."""
        return {
            "cases": self.cases, "passed": self.passed, "conventions": self.conventions,
            "errors": self.errors, "accuracy": round(self.accuracy(), 4),
            "accuracy_excl_conventions": round(self.accuracy_without_conventions(), 4),
            "baselines": {
                name: {"cases": count, "passes": self.baseline_passes[name]}
                for name, count in self.baseline_cases.items()
            },
        }


COLUMNS = f"{'cases':>5} {'pass':>5} {'conv':>5} {'err':>5} {'acc':>6} {'acc-cv':>6}"


def table_row(name: str, tally: Tally, extra: str = "") -> str:
    """One printed row: counts, accuracies, `extra` (a goal verdict), baselines."""
    return (
        f"{name[:48]:<48} {tally.cases:>5} {tally.passed:>5} {tally.conventions:>5} "
        f"{tally.errors:>5} {tally.accuracy():>6.3f} {tally.accuracy_without_conventions():>6.3f}"
        f"  {extra}{tally.baselines()}"
    ).rstrip()


def tallies(cases: list[dict], outcomes: dict[str, Outcome], key) -> dict[str, Tally]:
    """Cases counted by `key(case)`, in first-seen order."""
    result: dict[str, Tally] = {}
    for case in cases:
        result.setdefault(key(case), Tally()).add(case, outcomes[case["id"]])
    return result


def print_table(cases: list[dict], outcomes: dict[str, Outcome]) -> None:
    """Per file and suite, totals per file, then the goal groups."""
    print(f"{'suite':<48} {COLUMNS}  baseline")
    by_file = defaultdict(list)
    for case in cases:
        by_file[case["file"]].append(case)
    for file, file_cases in by_file.items():
        print(f"-- {file}")
        for group, tally in tallies(file_cases, outcomes, lambda c: c["group"]).items():
            print(table_row("  " + group, tally))
        print(table_row(f"  TOTAL {file}", tallies(file_cases, outcomes, lambda c: "all")["all"]))
    print(f"\n{'goal':<48} {COLUMNS}  goal (on acc-cv); baselines")
    goal_tallies = tallies(cases, outcomes, goal_of)
    for goal, minimum in GOALS:
        tally = goal_tallies.get(goal)
        if tally is None:
            continue
        verdict = ""
        if minimum is not None:
            ok = tally.accuracy_without_conventions() >= minimum
            verdict = f">= {minimum:.2f} {'PASS' if ok else 'FAIL'}; "
        print(table_row(goal, tally, verdict))
    broken = sum(o.reason.startswith("probe failure") for o in outcomes.values())
    if broken:
        print(f"\nWARNING: the probe failed on {broken} cases (counted as errors; --failures N)")
    reasons = Counter(o.reason for o in outcomes.values() if o.status == CONVENTION)
    if reasons:
        print("\nconvention differences:")
        for reason, count in reasons.most_common():
            print(f"  {count:>5}  {reason}")


def short_items(items) -> str:
    """What rasid found, compactly, for failure listings."""
    if isinstance(items, ProbeFailure):
        return str(items)
    parts = []
    for item in items:
        kind = item.get("kind")
        if kind in ("instant", "interval", "duration"):
            value = item.get("value") or {}
            detail = item.get("duration") if kind == "duration" else (
                f"{value.get('start')}..{value.get('end')} {item.get('precision')}")
        else:
            detail = exact_value(item)
            if detail is None:
                detail = f"{item.get('low')}..{item.get('high')}"
        span = f"[{item.get('cstart')},{item.get('cend')})"
        parts.append(f"{span} '{item.get('text')}' {kind} {detail}")
    return "; ".join(parts) or "nothing"


def print_failures(cases: list[dict], outcomes: dict[str, Outcome], found_by_id: dict, limit: int,
                   status: str = ERROR) -> None:
    """Up to `limit` cases of each suite with the given status (errors by default)."""
    shown: Counter = Counter()
    title = "failures" if status == ERROR else "convention differences"
    print(f"\n{title} (up to {limit} per suite):")
    for case in cases:
        outcome = outcomes[case["id"]]
        group = f"{case['file']}/{case['group']}"
        if outcome.status != status or shown[group] >= limit:
            continue
        shown[group] += 1
        print(f"- {case['id']}  [{group}]  {outcome.reason}")
        print(f"    input:    {case['text']!r}")
        print(f"    expected: {json.dumps(case.get('expected'), ensure_ascii=False)[:300]}")
        for role, items in found_by_id[case["id"]].items():
            print(f"    {role + ':':<9} {short_items(items)[:400]}")
        run = next(iter(probes_of(case).values()))
        command = " ".join(probe_command(Path("rasid"), run)).replace(" --all", "")
        print(f"    try:      {command} {shell_quote(clean_input(case['text']))}")


def shell_quote(text: str) -> str:
    """`text` as one shell word."""
    return "'" + text.replace("'", "'\\''") + "'"


def print_case(case: dict, outcome: Outcome, found: dict) -> None:
    """One case in detail: the record, each probe run and its full output, the outcome."""
    record = {k: v for k, v in case.items() if k not in ("source_commit",)}
    print(json.dumps(record, ensure_ascii=False, indent=2))
    for role, run in probes_of(case).items():
        print(f"\nprobe ({role}): {' '.join(probe_command(Path('rasid'), run)[1:])}")
        items = found.get(role)
        if isinstance(items, ProbeFailure):
            print(f"  FAILURE: {items}")
        else:
            for item in items or []:
                print("  " + json.dumps(item, ensure_ascii=False))
            if not items:
                print("  (nothing)")
    print(f"\noutcome: {outcome.status}" + (f" — {outcome.reason}" if outcome.reason else ""))


# ---------------------------------------------------------------------------------------
# The probe binary
# ---------------------------------------------------------------------------------------


def default_rasid() -> Path:
    """target/release/rasid, under $CARGO_TARGET_DIR when it is set."""
    target = os.environ.get("CARGO_TARGET_DIR")
    base = Path(target) if target else REPO_ROOT / "target"
    return base / "release" / "rasid"


def ensure_rasid(path: Path) -> Path | None:
    """The probe binary, built with cargo when missing; None (said why) when impossible."""
    if path.exists():
        return path
    print(f"{path} is missing: running `cargo build --release -p rasid`", file=sys.stderr)
    try:
        done = subprocess.run(
            ["cargo", "build", "--release", "-p", "rasid"], cwd=REPO_ROOT, stdout=sys.stderr
        )
    except OSError as err:
        print(f"cannot run cargo: {err}", file=sys.stderr)
        return None
    if done.returncode != 0 or not path.exists():
        print(f"the build did not produce {path}", file=sys.stderr)
        return None
    return path


# ---------------------------------------------------------------------------------------
# Self-test: the scorer on fabricated probe output
# ---------------------------------------------------------------------------------------


def fake_number(text: str, fragment: str, value, kind="cardinal", low=None, high=None) -> dict:
    """A probe number item for `fragment` of `text`, as the probe would print it."""
    start = len(text[: text.index(fragment)].encode())
    item = {
        "start": start, "end": start + len(fragment.encode()), "text": fragment,
        "value": value, "low": value if value is not None else low,
        "high": value if value is not None else high, "approx": False, "vague": None,
        "ordinal": kind == "ordinal", "kind": kind,
    }
    return with_char_offsets(text, item)


def fake_time(text: str, fragment: str, start=None, end=None, precision="day",
              kind="instant", duration=None) -> dict:
    """A probe time item for `fragment` of `text`."""
    at = len(text[: text.index(fragment)].encode())
    item = {
        "start": at, "end": at + len(fragment.encode()), "text": fragment, "kind": kind,
        "value": {"start": start, "end": end}, "precision": precision, "flags": [],
        "duration": duration,
    }
    return with_char_offsets(text, item)


def fake_duration(text: str, fragment: str, value, unit: str) -> dict:
    """A probe duration item."""
    return fake_time(text, fragment, precision=None, kind="duration",
                     duration={"value": value, "unit": unit})


def fake_maha_time(text: str, test: str, reference: str, expected: dict) -> dict:
    """A Maha time case."""
    return {"file": "maha_ar_time", "text": text, "test": test, "reference_time": reference,
            "expected": expected}


def fake_msrt(spec: str, text: str, expected: list, task="model", ignore=False) -> dict:
    """A Recognizers-Text case (numbers for the number specs, else date-time)."""
    number_specs = ("NumberModel", "NumberRangeModel", "OrdinalModel", "PercentModel")
    file = "msrt_ar_number" if spec in number_specs else "msrt_ar_datetime"
    return {"file": file, "spec": spec, "task": task, "text": text, "expected": expected,
            "ignore_resolution": ignore, "reference_time": "2016-11-07T00:00:00"}


def selftest_cases() -> list[tuple]:
    """(name, case, fabricated probe output by role, expected status, reason fragment)."""
    rows = []

    def row(name, case, found, status, reason=""):
        rows.append((name, case, found, status, reason))

    # Maha numerals and ordinals.
    t = "!مية وواحد وتسعين."
    case = {"file": "maha_ar_numeral", "text": t, "expected": 191}
    row("maha numeral", case, {"numbers": [fake_number(t, "مية وواحد وتسعين", 191)]}, PASS)
    row("maha numeral wrong", case, {"numbers": [fake_number(t, "مية وواحد وتسعين", 190)]}, ERROR)
    row("maha numeral split", case, {"numbers": [
        fake_number(t, "مية", 100), fake_number(t, "وتسعين", 91)]}, ERROR)
    row("maha numeral read as ordinal", case, {"numbers": [
        fake_number(t, "مية وواحد وتسعين", 191, "ordinal")]}, ERROR)
    row("probe failure", case, {"numbers": ProbeFailure("crashed")}, ERROR, "probe")
    t = "خمسة في المية"
    case = {"file": "maha_ar_numeral", "text": t, "expected": 0.05}
    row("maha fraction as percent", case, {"numbers": [fake_number(t, t, 5, "percent")]},
        CONVENTION, "percent")
    t = "الف والفين"
    case = {"file": "maha_ar_numeral", "text": t, "expected": 3000}
    row("maha summed list", case, {"numbers": [
        fake_number(t, "الف", 1000), fake_number(t, "والفين", 2000)]}, CONVENTION, "summed")
    t = "اربعين وخمسة"
    case = {"file": "maha_ar_numeral", "text": t, "expected": 45}
    row("maha in-order split", case, {"numbers": [
        fake_number(t, "اربعين", 40), fake_number(t, "وخمسة", 5)]}, ERROR)
    t = "الثاني والرابع عشر"
    case = {"file": "maha_ar_ordinal", "text": t, "expected": [2, 14]}
    row("maha ordinal list", case, {"numbers": [
        fake_number(t, "الثاني", 2, "ordinal"), fake_number(t, "والرابع عشر", 14, "ordinal")]},
        PASS)
    t = "الألف والمئة"
    case = {"file": "maha_ar_ordinal", "text": t, "expected": [1000, 100]}
    row("maha compound ordinal", case, {"numbers": [fake_number(t, t, 1100, "ordinal")]},
        CONVENTION, "compound")
    t = "الأول والثاني"
    case = {"file": "maha_ar_ordinal", "text": t, "expected": [1, 2]}
    row("maha rising ordinals", case, {"numbers": [fake_number(t, t, 3, "ordinal")]}, ERROR)
    t = "العشرين"
    case = {"file": "maha_ar_negative", "dim": "numeral", "text": t, "expected": None}
    row("negative numeral, ordinal", case, {"numbers": [fake_number(t, t, 20, "ordinal")]}, PASS)
    row("negative numeral, cardinal", case, {"numbers": [fake_number(t, t, 20)]}, ERROR)

    # Maha durations.
    t = "سنتين وشهر"
    case = {"file": "maha_ar_duration", "text": t,
            "expected": [{"value": 2, "unit": "years"}, {"value": 1, "unit": "months"}]}
    row("duration in months", case, {"future": [fake_duration(t, t, 25, "months")]}, PASS)
    row("duration in years", case, {"future": [fake_duration(t, t, 25 / 12, "years")]}, PASS)
    row("duration wrong", case, {"future": [fake_duration(t, t, 2, "years")]}, ERROR)
    t = "شهرين وربع ساعة"
    case = {"file": "maha_ar_duration", "text": t,
            "expected": [{"value": 2, "unit": "months"}, {"value": 0.25, "unit": "hours"}]}
    folded = 2 + 900 / MEAN_MONTH_SECONDS
    row("mixed duration folded", case, {"future": [fake_duration(t, t, folded, "months")]}, PASS)
    row("mixed duration, part lost", case, {"future": [fake_duration(t, t, 2, "months")]}, ERROR)

    # Maha times.
    t = "السنة القادمة"
    case = fake_maha_time(t, "test_next_year", "2021-09-01T00:00:00",
                          {"type": "value", "value": "2022-09-01T00:00:00"})
    row("next year at year precision", case, {"future": [
        fake_time(t, t, "2022-01-01T00:00:00", "2023-01-01T00:00:00", "year")]}, PASS)
    row("next year, wrong year", case, {"future": [
        fake_time(t, t, "2021-01-01T00:00:00", "2022-01-01T00:00:00", "year")]}, ERROR)
    t = "بعد ثلاث ايام"
    case = fake_maha_time(t, "test_next_days", "2021-09-01T00:00:00",
                          {"type": "value", "value": "2021-09-04T00:00:00"})
    row("too coarse", case, {"future": [
        fake_time(t, t, "2021-09-01T00:00:00", "2021-10-01T00:00:00", "month")]}, ERROR, "coarse")
    t = "قبل إسبوع"
    case = fake_maha_time(t, "test_previous_weeks", "2021-09-01T00:00:00",
                          {"type": "value", "value": "2021-08-22T00:00:00"})
    row("a week ago, a day in that week", case, {"future": [
        fake_time(t, t, "2021-08-25T00:00:00", "2021-08-26T00:00:00", "day")]}, PASS)
    t = "ثلاث دقائق"
    case = fake_maha_time(t, "test_specific_minute", "2021-09-01T10:38:04",
                          {"type": "value", "value": "2021-09-01T10:03:00"})
    row("minutes as a clock reading", case, {"future": [fake_duration(t, t, 3, "minutes")]},
        CONVENTION, "clock")
    t = "شباط"
    case = fake_maha_time(t, "test_specific_month", "2021-09-01T00:00:00",
                          {"type": "value", "value": "2021-02-01T00:00:00"})
    row("bare month", case, {"future": [
        fake_time(t, t, "2022-02-01T00:00:00", "2022-03-01T00:00:00", "month")]},
        CONVENTION, "bare month")
    row("bare month, wrong month", case, {"future": [
        fake_time(t, t, "2022-03-01T00:00:00", "2022-04-01T00:00:00", "month")]}, ERROR)
    t = "شباط 13"
    case = fake_maha_time(t, "test_time", "2021-09-01T10:38:04",
                          {"type": "value", "value": "2021-02-13T10:38:04"})
    row("month and day, next year", case, {"future": [
        fake_time(t, t, "2022-02-13T00:00:00", "2022-02-14T00:00:00", "day")]},
        CONVENTION, "bare month")
    row("month and day, next year, wrong day", case, {"future": [
        fake_time(t, t, "2022-02-12T00:00:00", "2022-02-13T00:00:00", "day")]}, ERROR)
    t = "آخر اثنين من شباط"
    case = fake_maha_time(t, "test_last_specific_day_of_specific_month", "2021-09-01T10:38:04",
                          {"type": "value", "value": "2021-02-22T10:38:04"})
    row("last weekday of a month, next year", case, {"future": [
        fake_time(t, t, "2022-02-28T00:00:00", "2022-03-01T00:00:00", "day")]},
        CONVENTION, "bare month")
    row("last weekday of a month, next year, wrong weekday", case, {"future": [
        fake_time(t, t, "2022-02-27T00:00:00", "2022-02-28T00:00:00", "day")]}, ERROR)
    t = "شباط 13 2022"
    case = fake_maha_time(t, "test_time", "2021-09-01T10:38:04",
                          {"type": "value", "value": "2021-02-13T10:38:04"})
    row("month, day and year, year differs", case, {"future": [
        fake_time(t, t, "2022-02-13T00:00:00", "2022-02-14T00:00:00", "day")]}, ERROR)
    t = "-2 يوم"
    case = {"file": "maha_ar_duration", "text": t, "expected": [{"value": -2, "unit": "days"}]}
    row("dash before a duration", case, {"future": [fake_duration(t, "2 يوم", 2, "days")]},
        CONVENTION, "dash")
    row("dash before a duration, other length", case, {"future": [
        fake_duration(t, "2 يوم", 3, "days")]}, ERROR)
    t = "2 يوم"
    case = {"file": "maha_ar_duration", "text": t, "expected": [{"value": -2, "unit": "days"}]}
    row("negative duration with no dash", case, {"future": [
        fake_duration(t, "2 يوم", 2, "days")]}, ERROR)
    t = "من شباط 13 الى 15 تموز"
    case = fake_maha_time(t, "test_time_interval", "2021-09-01T10:38:04", {
        "type": "interval", "from": "2021-02-13T10:38:04", "to": "2021-07-15T10:38:04"})
    row("interval of bare months, next year", case, {"future": [fake_time(
        t, t, "2022-02-13T00:00:00", "2022-07-16T00:00:00", "day", "interval")]},
        CONVENTION, "bare month")
    row("interval of bare months, next year, wrong end", case, {"future": [fake_time(
        t, t, "2022-02-13T00:00:00", "2022-07-17T00:00:00", "day", "interval")]}, ERROR)
    t = "من الرابعة مساء للخامسة غدا"
    case = fake_maha_time(t, "test_predefined_time_intervals", "2021-09-01T10:38:04", {
        "type": "interval", "from": "2021-09-01T16:00:00", "to": "2021-09-02T17:00:00"})
    row("a day after a range of hours dates both ends", case, {"future": [fake_time(
        t, t, "2021-09-02T16:00:00", "2021-09-02T17:00:00", "hour", "interval")]},
        CONVENTION, "only its end")
    row("a day after a range of hours, wrong start hour", case, {"future": [fake_time(
        t, t, "2021-09-02T15:00:00", "2021-09-02T17:00:00", "hour", "interval")]}, ERROR)
    row("a day after a range of hours, wrong end", case, {"future": [fake_time(
        t, t, "2021-09-02T16:00:00", "2021-09-02T19:00:00", "hour", "interval")]}, ERROR)
    t = "يوم الأحد 25-11-2010"
    case = fake_maha_time(t, "test_full_date_with_specific_day", "2021-09-01T10:38:04",
                          {"type": "value", "value": "2010-11-28T10:38:04"})
    row("weekday against the written date", case, {"future": [
        fake_time(t, t, "2010-11-25T00:00:00", "2010-11-26T00:00:00", "day")]},
        CONVENTION, "written date wins")
    row("weekday against the written date, date misread", case, {"future": [
        fake_time(t, t, "2010-11-24T00:00:00", "2010-11-25T00:00:00", "day")]}, ERROR)
    t = "شهر صفر"
    case = fake_maha_time(t, "test_hijri_date", "2021-09-01T00:00:00", {
        "type": "value", "value": "2021-10-01T00:00:00", "compare": "date"})
    row("hijri month, Maha's day inside it", case, {"future": [
        fake_time(t, t, "2021-09-08T00:00:00", "2021-10-08T00:00:00", "month")]},
        CONVENTION, "keeps the reference's day")
    row("hijri month, Maha's day outside it", case, {"future": [
        fake_time(t, t, "2021-10-08T00:00:00", "2021-11-06T00:00:00", "month")]},
        ERROR, "coarse")
    t = "العاشر من صفر"
    case = fake_maha_time(t, "test_hijri_date", "2021-09-01T00:00:00", {
        "type": "value", "value": "2021-09-17T00:00:00", "compare": "date"})
    row("hijri month read, the day named", case, {"future": [
        fake_time(t, "صفر", "2021-09-08T00:00:00", "2021-10-08T00:00:00", "month")]},
        ERROR, "coarse")
    t = "الدقيقة 7"
    case = fake_maha_time(t, "test_specific_minute", "2021-09-01T10:38:04",
                          {"type": "value", "value": "2021-09-01T10:07:00"})
    row("minute of a match", case, {"future": []}, CONVENTION, "no clock time")
    case = fake_maha_time(t, "test_specific_minute", "2021-09-01T10:38:04",
                          {"type": "value", "value": "2021-09-01T10:08:00"})
    row("minute of a match, other digits", case, {"future": []}, ERROR, "no date")
    t = "الساعة 7"
    case = fake_maha_time(t, "test_specific_hour", "2021-09-01T10:38:04",
                          {"type": "value", "value": "2021-09-01T07:00:00"})
    row("a clock hour missed", case, {"future": []}, ERROR, "no date")
    t = "العام"
    case = fake_maha_time(t, "test_current_year", "2021-09-01T00:00:00",
                          {"type": "value", "value": "2021-09-01T00:00:00"})
    row("a unit noun alone", case, {"future": []}, CONVENTION, "noun alone")
    t = "العام القادم"
    case = fake_maha_time(t, "test_next_year", "2021-09-01T00:00:00",
                          {"type": "value", "value": "2022-09-01T00:00:00"})
    row("a unit noun with a word, missed", case, {"future": []}, ERROR, "no date")
    t = "من الساعة 4 وخمسين دقيقة مساء للساعة خمسة وخمسين دقيقة"
    case = fake_maha_time(t, "test_time_interval", "2021-09-01T10:38:04", {
        "type": "interval", "from": "2021-09-01T16:50:00", "to": "2021-09-01T17:50:00"})
    row("interval", case, {"future": [fake_time(
        t, t, "2021-09-01T16:50:00", "2021-09-01T17:51:00", "minute", "interval")]}, PASS)
    row("interval, wrong end", case, {"future": [fake_time(
        t, t, "2021-09-01T16:50:00", "2021-09-01T05:51:00", "minute", "interval")]}, ERROR)

    # dateparser.
    t = "منذ ساعتين"
    case = {"file": "dateparser_ar", "text": t,
            "expected": {"type": "relative", "offset": {"hours": -2}}}
    row("dateparser offset", case, {"past": [
        fake_time(t, t, "2016-11-06T22:00:00", "2016-11-06T23:00:00", "hour")]}, PASS)
    t = "يوم أمس"
    case = {"file": "dateparser_ar", "text": t, "reference_time": "2014-09-01T10:30:00",
            "expected": {"type": "value", "value": "2014-08-31T10:30:00", "period": "day"}}
    row("dateparser day", case, {"past": [
        fake_time(t, t, "2014-08-31T00:00:00", "2014-09-01T00:00:00", "day")]}, PASS)
    t = "1 عام, 1 شهر"
    case = {"file": "dateparser_ar", "text": t, "reference_time": "2014-09-01T10:30:00",
            "expected": {"type": "value", "value": "2013-08-01T10:30:00", "period": "day",
                         "ago": {"years": 1, "months": 1}}}
    row("dateparser bare durations", case, {"past": [
        fake_duration(t, "1 عام", 1, "years"), fake_duration(t, "1 شهر", 1, "months")]},
        CONVENTION, "ago")

    t = "1 عام, 1 شهر, 1 يوم"
    case = {"file": "dateparser_ar", "text": t, "reference_time": "2014-09-01T10:30:00",
            "expected": {"type": "value", "value": "2013-07-31T10:30:00", "period": "day",
                         "ago": {"years": 1, "months": 1, "days": 1}}}
    folded = 1 + 1 / 12 + 1 / (365.2425 / 12 * 12)
    row("dateparser bare durations folded into one", case, {"past": [
        fake_duration(t, t, folded, "years")]}, CONVENTION, "ago")
    row("dateparser bare durations folded, wrong total", case, {"past": [
        fake_duration(t, t, folded + 0.01, "years")]}, ERROR)
    t = "اليوم التالي"
    case = {"file": "dateparser_ar", "text": t,
            "expected": {"type": "relative", "offset": {"days": 1}}}
    row("dateparser day from the story", case, {"past": []}, CONVENTION, "story")
    case = {"file": "dateparser_ar", "text": t,
            "expected": {"type": "relative", "offset": {"days": -1}}}
    row("dateparser day from the story, other side", case, {"past": []}, ERROR)
    t = "10-03-90"
    case = {"file": "dateparser_ar", "text": t, "calendar": "hijri",
            "test": "TestHijriParser.test_datetime_parsing",
            "expected": {"type": "value", "value": "1970-05-16T00:00:00"}}
    row("dateparser hijri parser, read as Gregorian", case, {"past": [
        fake_time(t, t, "1990-03-10T00:00:00", "1990-03-11T00:00:00", "day")]},
        CONVENTION, "Gregorian")
    row("dateparser hijri parser, other day", case, {"past": [
        fake_time(t, t, "1990-10-03T00:00:00", "1990-10-04T00:00:00", "day")]}, ERROR)
    t = "30-02-33"
    case = dict(case, text=t)
    row("dateparser hijri parser, no such Gregorian day", case, {"past": [
        fake_time(t, t, None, None, None)]}, CONVENTION, "Gregorian")
    t = "10-03-90 هـ"
    case = dict(case, text=t)
    row("dateparser hijri parser, marked", case, {"past": [
        fake_time(t, t, "1990-03-10T00:00:00", "1990-03-11T00:00:00", "day")]}, ERROR)

    # Recognizers-Text numbers.
    t = "تجده في الصفحة ال١٩٢"
    case = fake_msrt("NumberModel", t, [
        {"Text": "١٩٢", "Resolution": {"value": "192"}, "Start": 17, "End": 19}], ignore=True)
    row("page number is a reference", case, {"numbers": [
        fake_number(t, "ال١٩٢", 192, "reference")]}, CONVENTION, "page")
    row("number, same span", case, {"numbers": [fake_number(t, "١٩٢", 192)]}, PASS)
    row("number, edge 'ال'", case, {"numbers": [fake_number(t, "ال١٩٢", 192)]},
        CONVENTION, "edge")
    row("number missed", case, {"numbers": []}, ERROR, "missed")
    t = "قتل أكثر من 100 شخص"
    case = fake_msrt("NumberModel", t, [
        {"Text": "100", "Resolution": {"value": "100"}, "Start": 12, "End": 14}])
    row("qualified number", case, {"numbers": [
        fake_number(t, "أكثر من 100", None, low=101)]}, CONVENTION, "qualified")
    t = "أريد ١٨٠ميلي لتر"
    case = fake_msrt("NumberModel", t, [])
    row("glued digits", case, {"numbers": [fake_number(t, "١٨٠", 180)]}, CONVENTION, "glued")
    t = "قتل ٥ أشخاص"
    case = fake_msrt("NumberModel", t, [])
    row("extra number", case, {"numbers": [fake_number(t, "٥", 5)]}, ERROR, "extra")
    t = "الرقم بين ٢٠ و٣٠."
    case = fake_msrt("NumberRangeModel", t, [
        {"Text": "بين ٢٠ و٣٠", "Resolution": {"value": "[20,30)"}, "Start": 6, "End": 15}])
    between = "بين ٢٠ و٣٠"
    row("half-open range", case, {"numbers": [
        fake_number(t, between, None, low=20, high=30)]}, CONVENTION, "half-open")
    row("half-open range, whole numbers", case, {"numbers": [
        fake_number(t, between, None, low=20, high=29)]}, PASS)
    row("range wrong", case, {"numbers": [fake_number(t, between, None, low=21, high=30)]},
        ERROR)
    t = "الرقم يساوي ٢٠"
    case = fake_msrt("NumberRangeModel", t, [
        {"Text": "يساوي ٢٠", "Resolution": {"value": "[20,20]"}, "Start": 6, "End": 13}])
    row("exact figure as a one-point range", case, {"numbers": [
        fake_number(t, "يساوي ٢٠", 20, low=20, high=20)]}, PASS)
    row("exact figure, wrong value", case, {"numbers": [
        fake_number(t, "يساوي ٢٠", 21, low=21, high=21)]}, ERROR)
    t = "واحد على ٣ حقائب"
    case = fake_msrt("NumberModel", t, [{"Text": "واحد على ٣", "Resolution": {
        "subtype": "fraction", "value": "0.333333333333333"}, "Start": 0, "End": 9}])
    row("X على Y read as two figures", case, {"numbers": [
        fake_number(t, "واحد", 1), fake_number(t, "٣", 3)]}, CONVENTION, "math notation")
    row("X على Y missed entirely", case, {"numbers": []}, ERROR)
    t = "أكبر من عشرين و أقل من أو يساوي خمسة وثلاثون"
    case = fake_msrt("NumberRangeModel", t, [
        {"Text": t, "Resolution": {"value": "(20,35]"}, "Start": 0, "End": len(t) - 1}])
    row("open low", case, {"numbers": [fake_number(t, t, None, low=21, high=35)]}, PASS)
    row("open low read closed", case, {"numbers": [fake_number(t, t, None, low=20, high=35)]},
        ERROR)
    t = "هي الوحيدة الذي حصلت على ١٠٠٪."
    case = fake_msrt("PercentModel", t, [
        {"Text": "١٠٠٪", "Resolution": {"value": "100%"}, "Start": 25, "End": 28}])
    row("percent", case, {"numbers": [fake_number(t, "١٠٠٪", 100, "percent")]}, PASS)
    row("percent and an extra", case, {"numbers": [
        fake_number(t, "١٠٠٪", 100, "percent"), fake_number(t, "الوحيدة", 1, "percent")]},
        ERROR, "extra")
    t = "اصبح الشاحن ١٠٠٪\u061c."
    case = fake_msrt("PercentModel", t, [
        {"Text": "١٠٠٪", "Resolution": {"value": "100%"}, "Start": 12, "End": 15}])
    row("invisible mark at a span edge", case, {"numbers": [
        fake_number(t, "١٠٠٪\u061c", 100, "percent")]}, PASS)

    # Recognizers-Text date-times.
    t = "سأعود في 15"
    case = fake_msrt("DateParser", t, [{"Text": "15", "Start": 9, "Length": 2, "Type": "date",
                                        "Value": {"FutureResolution": {"date": "2016-11-15"},
                                                  "PastResolution": {"date": "2016-10-15"}}}],
                     task="parser")
    row("bare day", case, {"past": [], "future": []}, CONVENTION, "bare day")
    row("date past and future", case, {
        "past": [fake_time(t, "15", "2016-10-15T00:00:00", "2016-10-16T00:00:00")],
        "future": [fake_time(t, "15", "2016-11-15T00:00:00", "2016-11-16T00:00:00")]}, PASS)
    row("date, wrong future", case, {
        "past": [fake_time(t, "15", "2016-10-15T00:00:00", "2016-10-16T00:00:00")],
        "future": [fake_time(t, "15", "2016-10-15T00:00:00", "2016-10-16T00:00:00")]}, ERROR)
    t = "عدت إلى 27"
    case = fake_msrt("DateParser", t, [{"Text": "إلى 27", "Start": 4, "Length": 6, "Type": "date",
                                        "Value": {"FutureResolution": {"date": "2016-11-27"},
                                                  "PastResolution": {"date": "2016-11-27"}}}],
                     task="parser")
    row("bare day after إلى", case, {"past": [], "future": []}, CONVENTION, "bare day")
    t = "عدت للثاني والعشرين"
    case = dict(case, text=t, expected=[dict(case["expected"][0], Text="للثاني والعشرين")])
    row("bare ordinal day after لل", case, {"past": [], "future": []}, CONVENTION, "bare day")
    t = "عدت إلى 27 نوفمبر"
    case = dict(case, text=t, expected=[dict(case["expected"][0], Text="إلى 27 نوفمبر")])
    row("day and month after إلى missed", case, {"past": [], "future": []}, ERROR, "missed")
    t = "سأعود في اليوم التالي"
    case = fake_msrt("DateParser", t, [{"Text": "اليوم التالي", "Start": 9, "Length": 12,
                                        "Type": "date", "Value": {
                                            "FutureResolution": {"date": "2016-11-08"},
                                            "PastResolution": {"date": "2016-11-08"}}}],
                     task="parser")
    row("the day after, from the story", case, {"past": [], "future": []}, CONVENTION, "story")
    t = "سأعود في اليوم الأخير"
    case = dict(case, text=t, expected=[dict(case["expected"][0], Text="اليوم الأخير")])
    row("the last day is no story day", case, {"past": [], "future": []}, ERROR, "missed")
    t = "سأخرج في سبتمبر الماضي"
    span = "سبتمبر الماضي"
    dates = {"startDate": "2015-09-01", "endDate": "2015-10-01"}
    case = fake_msrt("DatePeriodParser", t, [
        {"Text": span, "Start": 9, "Length": 13, "Type": "daterange",
         "Value": {"FutureResolution": dates, "PastResolution": dates}}], task="parser")
    found = [fake_time(t, span, "2016-09-01T00:00:00", "2016-10-01T00:00:00", "month")]
    row("last September, the one just gone", case, {"past": found, "future": found},
        CONVENTION, "just gone")
    found = [fake_time(t, span, "2014-09-01T00:00:00", "2014-10-01T00:00:00", "month")]
    row("last September, two years back", case, {"past": found, "future": found}, ERROR)
    t = "سأعود الأسبوع القادم الأحد"
    span = "الأسبوع القادم الأحد"
    case = fake_msrt("DateParser", t, [{"Text": span, "Start": 6, "Length": 20, "Type": "date",
                                        "Value": {"FutureResolution": {"date": "2016-11-20"},
                                                  "PastResolution": {"date": "2016-11-20"}}}],
                     task="parser")
    found = [fake_time(t, span, "2016-11-13T00:00:00", "2016-11-14T00:00:00")]
    row("Sunday of next week", case, {"past": found, "future": found}, CONVENTION, "Sunday")
    found = [fake_time(t, span, "2016-11-06T00:00:00", "2016-11-07T00:00:00")]
    row("Sunday of next week, two weeks off", case, {"past": found, "future": found}, ERROR)
    t = "سأخرج 3 أيام القادمة"
    span = "3 أيام القادمة"
    dates = {"startDate": "2016-11-08", "endDate": "2016-11-11"}
    case = fake_msrt("DatePeriodParser", t, [
        {"Text": span, "Start": 6, "Length": 14, "Type": "daterange",
         "Value": {"FutureResolution": dates, "PastResolution": dates}}], task="parser")
    found = [fake_time(t, span, "2016-11-07T00:00:00", "2016-11-10T00:00:00", "day", "interval")]
    row("next 3 days from today", case, {"past": found, "future": found}, CONVENTION,
        "reference's day")
    found = [fake_time(t, span, "2016-11-07T00:00:00", "2016-11-11T00:00:00", "day", "interval")]
    row("next 3 days, four days long", case, {"past": found, "future": found}, ERROR)
    t = "سأخرج من 4 إلى 22 هذا الشهر"
    span = "من 4 إلى 22 هذا الشهر"
    dates = {"startDate": "2016-11-04", "endDate": "2016-11-22"}
    case = fake_msrt("DatePeriodParser", t, [
        {"Text": span, "Start": 6, "Length": 21, "Type": "daterange",
         "Value": {"FutureResolution": dates, "PastResolution": dates}}], task="parser")
    period = [fake_time(t, span, "2016-11-04T00:00:00", "2016-11-23T00:00:00", "day", "interval")]
    row("end day included", case, {"past": period, "future": period}, CONVENTION, "end unit")
    t = "سأترك لمدة 3 ساعات"
    seconds = {"duration": "10800"}
    case = fake_msrt("DurationParser", t, [
        {"Text": "3 ساعات", "Start": 11, "Length": 7, "Type": "duration",
         "Value": {"FutureResolution": seconds, "PastResolution": seconds}}], task="parser")
    found = [fake_duration(t, "3 ساعات", 3, "hours")]
    row("duration", case, {"past": found, "future": found}, PASS)
    found = [fake_duration(t, "لمدة 3 ساعات", 3, "hours")]
    row("duration, edge word", case, {"past": found, "future": found}, CONVENTION, "edge")
    t = "سأعود الآن"
    case = fake_msrt("DateTimeExtractor", t, [
        {"Text": "حاليا", "Start": -1, "Length": 5, "Type": "datetime"}], task="extractor")
    row("spec defect", case, {"past": []}, CONVENTION, "spec defect")
    row("spec defect despite a find", case, {"past": [
        fake_time(t, "الآن", "2016-11-07T00:00:00", "2016-11-07T00:00:01", "second")]},
        CONVENTION, "spec defect")
    t = "سأغادر أسبوعيا"
    case = fake_msrt("SetExtractor", t, [
        {"Text": "أسبوعيا", "Start": 7, "Length": 7, "Type": "set"}], task="extractor")
    row("set", case, {"past": []}, CONVENTION, "set")

    # Overlapping spans, a tanween before the edge word, lead words, glued prepositions.
    t = "سأعود يوم الغد الساعة 9 صباحًا."
    case = fake_msrt("DateTimeExtractor", t, [
        {"Text": "الغد الساعة 9 صباحًا.", "Start": 10, "Length": 21, "Type": "datetime"}],
        task="extractor")
    row("edges on both sides", case, {"past": [fake_time(
        t, "يوم الغد الساعة 9 صباحًا", "2016-11-08T09:00:00", "2016-11-08T10:00:00", "hour")]},
        CONVENTION, "function words")
    row("overlap with a real word outside", case, {"past": [fake_time(
        t, "يوم الغد", "2016-11-08T00:00:00", "2016-11-09T00:00:00")]}, ERROR)
    t = "سأعود 1 أغسطس 11 مساءً."
    case = fake_msrt("DateTimeExtractor", t, [
        {"Text": "1 أغسطس 11 مساءً.", "Start": 6, "Length": 17, "Type": "datetime"}],
        task="extractor")
    row("tanween before a full stop", case, {"past": [fake_time(
        t, "1 أغسطس 11 مساءً", "2016-08-01T23:00:00", "2016-08-02T00:00:00", "hour")]},
        CONVENTION, "function words")
    t = "سأعود بتاريخ 21/4/2016"
    case = fake_msrt("DateExtractor", t, [
        {"Text": "بتاريخ 21/4/2016", "Start": 6, "Length": 16, "Type": "date"}],
        task="extractor")
    row("lead word", case, {"past": [fake_time(
        t, "21/4/2016", "2016-04-21T00:00:00", "2016-04-22T00:00:00")]}, CONVENTION, "lead word")
    row("lead word and part of the date", case, {"past": [fake_time(
        t, "4/2016", "2016-04-01T00:00:00", "2016-05-01T00:00:00", "month")]}, ERROR)
    t = "سأعود ظهرغد"
    case = fake_msrt("DateExtractor", t, [
        {"Text": "ظهرغد", "Start": 6, "Length": 5, "Type": "date"}], task="extractor")
    row("glued word that is no preposition", case, {"past": [fake_time(
        t, "غد", "2016-11-08T00:00:00", "2016-11-09T00:00:00")]}, ERROR)
    t = "سأغادر لبضع ساعات"
    three_hours = {"values": [{"timex": "PT3H", "type": "duration", "value": "10800"}]}
    case = fake_msrt("DateTimeModel", t, [
        {"Text": "لبضع ساعات", "Start": 7, "End": 16, "TypeName": "datetimeV2.duration",
         "Resolution": three_hours}])
    found = [fake_time(t, "بضع ساعات", precision="hour", kind="duration")]
    row("glued preposition, vague count", case, {"past": found, "future": found},
        CONVENTION, "glued")
    t = "سأغادر بضع ساعات"
    case = fake_msrt("DateTimeModel", t, [
        {"Text": "بضع ساعات", "Start": 7, "End": 15, "TypeName": "datetimeV2.duration",
         "Resolution": three_hours}])
    found = [fake_time(t, "بضع ساعات", precision="hour", kind="duration")]
    row("vague count", case, {"past": found, "future": found}, CONVENTION, "vague")
    t = "سأغادر ساعات"
    case = fake_msrt("DateTimeModel", t, [
        {"Text": "ساعات", "Start": 7, "End": 11, "TypeName": "datetimeV2.duration",
         "Resolution": three_hours}])
    found = [fake_time(t, "ساعات", precision="hour", kind="duration")]
    row("bare plural, no vague count", case, {"past": found, "future": found}, ERROR)

    # A clock time on a bare day number.
    t = "سأعود الساعة 8 مساءً في 15"
    on_day = {"Text": "الساعة 8 مساءً في 15", "Start": 6, "Length": 20, "Type": "datetime",
              "Value": {"FutureResolution": {"dateTime": "2016-11-15 20:00:00"},
                        "PastResolution": {"dateTime": "2016-10-15 20:00:00"}}}
    case = fake_msrt("DateTimeParser", t, [on_day], task="parser")
    found = [fake_time(t, "الساعة 8 مساءً", "2016-11-07T20:00:00", "2016-11-07T21:00:00", "hour")]
    row("time on a bare day", case, {"past": found, "future": found}, CONVENTION, "bare day")
    t = "سأعود الساعة 8 مساءً في مكتبه"
    on_office = dict(on_day, Text="الساعة 8 مساءً في مكتبه", Length=23)
    case = fake_msrt("DateTimeParser", t, [on_office], task="parser")
    found = [fake_time(t, "الساعة 8 مساءً", "2016-11-07T20:00:00", "2016-11-07T21:00:00", "hour")]
    row("time and no bare day", case, {"past": found, "future": found}, ERROR, "missed")

    # A demonstrative inside rasid's span.
    t = "سأعود هذا اليوم"
    today = {"Text": "اليوم", "Start": 10, "Length": 5, "Type": "date",
             "Value": {"FutureResolution": {"date": "2016-11-07"},
                       "PastResolution": {"date": "2016-11-07"}}}
    case = fake_msrt("DateParser", t, [today], task="parser")
    found = [fake_time(t, "هذا اليوم", "2016-11-07T00:00:00", "2016-11-08T00:00:00")]
    row("demonstrative", case, {"past": found, "future": found}, CONVENTION, "demonstrative")
    found = [fake_time(t, "هذا اليوم", "2016-11-08T00:00:00", "2016-11-09T00:00:00")]
    row("demonstrative, other day", case, {"past": found, "future": found}, ERROR)

    # The spec's span stops before the part of the day its value holds.
    t = "ضبط المنبه على عشرة وخمسة وخمسين مساءً"
    clock = {"Text": "عشرة وخمسة وخمسين", "Start": 15, "Length": 17, "Type": "time",
             "Value": {"FutureResolution": {"time": "22:55:00"},
                       "PastResolution": {"time": "22:55:00"}}}
    case = fake_msrt("TimeParser", t, [clock], task="parser")
    found = [fake_time(t, "عشرة وخمسة وخمسين مساءً", "2016-11-07T22:55:00",
                       "2016-11-07T22:56:00", "minute")]
    row("part of the day beyond the span", case, {"past": found, "future": found},
        CONVENTION, "part of the day")
    found = [fake_time(t, "عشرة وخمسة وخمسين مساءً", "2016-11-07T10:55:00",
                       "2016-11-07T10:56:00", "minute")]
    row("part of the day beyond the span, other time", case, {"past": found, "future": found},
        ERROR)
    # A date written twice, listed once.
    t = "سأعود 14 أكتوبر 8:00 ، 14 أكتوبر"
    case = fake_msrt("DateTimeExtractor", t, [
        {"Text": "14 أكتوبر 8:00", "Start": 6, "Length": 14, "Type": "datetime"}],
        task="extractor")
    first = fake_time(t, "14 أكتوبر 8:00", "2016-10-14T08:00:00", "2016-10-14T08:01:00", "minute")
    second = fake_time(t, "، 14 أكتوبر", "2016-10-14T00:00:00", "2016-10-15T00:00:00")
    second = dict(second, text="14 أكتوبر", cstart=second["cstart"] + 2)
    row("date repeated", case, {"past": [first, second]}, CONVENTION, "repeated")
    other = fake_time(t, "، 14 أكتوبر", "2016-10-14T00:00:00", "2016-10-15T00:00:00")
    other = dict(other, text="، 14 أكتوبر")
    row("extra that is no repetition", case, {"past": [first, other]}, ERROR, "extra")

    # A feast in a date spec, left unresolved by the spec itself.
    t = "حدد موعد عيد الفصح"
    feast = {"Text": "عيد الفصح", "Start": 9, "Length": 9, "Type": "datetimeV2.date",
             "Value": {"values": [{"timex": "", "type": "date", "value": "not resolved"}]}}
    case = fake_msrt("MergedParser", t, [feast], task="parser")
    row("feast name", case, {"past": [], "future": []}, CONVENTION, "holiday")
    resolved = dict(feast, Value={"values": [{"timex": "2017-04-16", "type": "date",
                                              "value": "2017-04-16"}]})
    case = fake_msrt("MergedParser", t, [resolved], task="parser")
    row("feast name the spec resolves", case, {"past": [], "future": []}, ERROR, "missed")

    # A day beside a time, in a time-only spec.
    t = "اجتماع بعد الظهر وسأغادر يوم الجمعة"
    expected = [{"Text": "بعد الظهر", "Start": 7, "Length": 9, "Type": "timerange"}]
    found = [fake_time(t, "بعد الظهر", "2016-11-07T12:00:00", "2016-11-07T18:00:00", "hour"),
             fake_time(t, "يوم الجمعة", "2016-11-04T00:00:00", "2016-11-05T00:00:00")]
    case = fake_msrt("TimePeriodExtractor", t, expected, task="extractor")
    row("date outside a time-only spec", case, {"past": found}, CONVENTION, "time-only")
    case = fake_msrt("DateTimePeriodExtractor", t, expected, task="extractor")
    row("date in a date-time spec", case, {"past": found}, ERROR, "extra")
    return rows


def selftest() -> int:
    """Feeds fabricated probe output through the comparisons; checks every verdict."""
    checks = []
    for name, case, found, status, reason in selftest_cases():
        outcome = score_case(case, found)
        ok = outcome.status == status and reason in outcome.reason
        checks.append(ok)
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {outcome.status} {outcome.reason}")
    checks += selftest_probe_runner()
    failed = checks.count(False)
    print(f"\nselftest: {len(checks) - failed} of {len(checks)} checks pass")
    return 1 if failed else 0


FAKE_PROBE = """#!/usr/bin/env python3
import json, sys
crash_after = int(sys.argv[-1]) if sys.argv[-1].isdigit() else None
for count, line in enumerate(sys.stdin.buffer):
    if crash_after is not None and count == crash_after:
        sys.exit("thread 'main' panicked")
    text = line.decode("utf-8").rstrip("\\n")
    found = [{"start": 0, "end": len(text.encode()), "text": text, "kind": "cardinal", "value": 1}]
    print(json.dumps({"input": text, "found": found}, ensure_ascii=False))
"""


def selftest_probe_runner() -> list[bool]:
    """Runs a fake probe: batch order, offsets, line breaks, and a crash mid-batch."""
    import tempfile

    results = []
    with tempfile.TemporaryDirectory() as directory:
        probe = Path(directory) / "fake-rasid"
        probe.write_text(FAKE_PROBE, encoding="utf-8")
        probe.chmod(0o755)
        texts = ["واحد", "سطر\nثان", "a\u2028b"]
        answers = run_probe(probe, ("numbers", None, None), texts)
        ok = all(isinstance(answers[t], list) and answers[t][0]["cend"] == len(t) for t in texts)
        results.append(ok)
        kinds = [type(answers[t]).__name__ for t in texts]
        print(f"{'ok  ' if ok else 'FAIL'} probe batch: {kinds}")
        answers = run_probe(probe, ("time", "2021-09-01T00:00:00", "1"), texts)
        ok = isinstance(answers[texts[0]], list) and all(
            isinstance(answers[t], ProbeFailure) for t in texts[1:])
        results.append(ok)
        print(f"{'ok  ' if ok else 'FAIL'} probe crash: {answers[texts[1]]}")
        answers = run_probe(Path(directory) / "missing", ("numbers", None, None), texts)
        ok = all(isinstance(a, ProbeFailure) for a in answers.values())
        results.append(ok)
        print(f"{'ok  ' if ok else 'FAIL'} probe missing: {answers[texts[0]]}")
    return results


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add = parser.add_argument
    add("--suites", type=Path, default=DEFAULT_SUITES, help="the suites' directory")
    add("--rasid", type=Path, default=None,
        help="the probe binary (default $CARGO_TARGET_DIR or target, /release/rasid)")
    add("--only", choices=["numbers", "time"], help="only the number or the time suites")
    add("--filter", metavar="TEXT",
        help="only the suites whose 'file/suite' name contains TEXT (e.g. maha_ar_time)")
    add("--failures", type=int, default=0, metavar="N",
        help="print up to N failing cases per suite")
    add("--conventions", type=int, default=0, metavar="N",
        help="print up to N convention differences per suite")
    add("--json", type=Path, metavar="FILE", help="write machine-readable results")
    add("--case", metavar="ID", help="score one case and show it in detail")
    add("--selftest", action="store_true", help="check the scorer on fabricated probe output")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    """Runs the evaluation."""
    args = parse_arguments(argv)
    if args.selftest:
        return selftest()
    if not args.suites.is_dir():
        print(f"no suites at {args.suites}: skipping the evaluation (pass --suites DIR)")
        return 0
    cases = load_suites(args.suites)
    if args.case:
        cases = [c for c in cases if c.get("id") == args.case]
        if not cases:
            print(f"no case {args.case} in {args.suites}", file=sys.stderr)
            return 2
    if args.only:
        cases = [c for c in cases if probe_kind(c) == args.only]
    if args.filter:
        cases = [c for c in cases if args.filter in f"{c['file']}/{c['group']}"]
    rasid = ensure_rasid(args.rasid or default_rasid())
    if rasid is None:
        return 2
    probe_results = run_all_probes(rasid, cases)
    found_by_id = {c["id"]: findings_of(c, probe_results) for c in cases}
    outcomes = {c["id"]: score_case(c, found_by_id[c["id"]]) for c in cases}
    if args.case:
        print_case(cases[0], outcomes[cases[0]["id"]], found_by_id[cases[0]["id"]])
        return 0
    print_table(cases, outcomes)
    if args.failures:
        print_failures(cases, outcomes, found_by_id, args.failures)
    if args.conventions:
        print_failures(cases, outcomes, found_by_id, args.conventions, status=CONVENTION)
    if args.json:
        write_json(args.json, cases, outcomes, found_by_id)
    return 0


def write_json(path: Path, cases: list[dict], outcomes: dict[str, Outcome],
               found_by_id: dict) -> None:
    """Per case (with what rasid found, compactly, to diff two runs), per suite, per file
    and per goal results as one JSON document."""
    document = {
        "cases": [
            {"id": c["id"], "file": c["file"], "group": c["group"], "goal": goal_of(c),
             "status": outcomes[c["id"]].status, "reason": outcomes[c["id"]].reason,
             "found": {role: short_items(items) for role, items in found_by_id[c["id"]].items()}}
            for c in cases
        ],
        "groups": {f"{k[0]}/{k[1]}": t.as_json() for k, t in
                   tallies(cases, outcomes, lambda c: (c["file"], c["group"])).items()},
        "files": {k: t.as_json() for k, t in tallies(cases, outcomes, lambda c: c["file"]).items()},
        "goals": {k: t.as_json() for k, t in tallies(cases, outcomes, goal_of).items()},
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:  # `| head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
