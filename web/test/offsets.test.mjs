// Byte offsets (the API's, UTF-8) to string indices (JavaScript's, UTF-16), checked
// against node's own UTF-8 encoder over every boundary of texts in several scripts.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { byteIndex, mergeSpans, passageAround, splitByBytes } from "../src/offsets.js";

const TEXTS = [
  ["empty", ""],
  ["ASCII", "117 killed in al-Hasakah."],
  ["Arabic", "مقتل قرابة 140 عنصراً من قوات سوريا الديمقراطية"],
  ["Arabic-Indic digits and harakat", "الساعة ٠٧:٣٠ من صَباح اليوم"],
  ["emoji (surrogate pairs)", "a😀b🇸🇾c"],
  ["line breaks", "first\r\nsecond\nثالث"],
  ["lone surrogate", "x\ud800y"],
];

/** Every code point boundary as [string index, UTF-8 byte offset]. */
function boundaries(text) {
  const pairs = [[0, 0]];
  let index = 0;
  for (const character of text) {
    index += character.length;
    pairs.push([index, Buffer.byteLength(text.slice(0, index), "utf8")]);
  }
  return pairs;
}

for (const [name, text] of TEXTS) {
  test(`every boundary maps back: ${name}`, () => {
    const index = byteIndex(text);
    assert.equal(index.byteLength, Buffer.byteLength(text, "utf8"));
    for (const [stringIndex, byte] of boundaries(text)) {
      assert.equal(index.toIndex(byte), stringIndex, `byte ${byte}`);
    }
  });

  test(`offsets inside a character or out of range are refused: ${name}`, () => {
    const index = byteIndex(text);
    const valid = new Set(boundaries(text).map(([, byte]) => byte));
    for (let byte = -1; byte <= index.byteLength + 1; byte++) {
      if (!valid.has(byte)) assert.equal(index.toIndex(byte), -1, `byte ${byte}`);
    }
    for (const odd of [0.5, NaN, null, undefined, "3"]) assert.equal(index.toIndex(odd), -1, String(odd));
  });
}

test("splitByBytes cuts exactly what the bytes hold, over a real article", () => {
  const text = readFileSync(new URL("../../examples/articles/000_c2e5c5aa21498906.txt", import.meta.url), "utf8");
  const bytes = Buffer.from(text, "utf8");
  const index = byteIndex(text);
  const cuts = boundaries(text).map(([, byte]) => byte);
  for (let i = 0; i + 37 < cuts.length; i += 97) {
    const start = cuts[i];
    const end = cuts[i + 37];
    const span = splitByBytes(text, start, end, index);
    assert.ok(span, `${start}..${end}`);
    assert.equal(span.inside, bytes.subarray(start, end).toString("utf8"));
    assert.equal(span.before + span.inside + span.after, text);
  }
  assert.equal(splitByBytes(text, 10, 5, index), null, "end before start");
  const arabic = Buffer.byteLength(text.slice(0, text.search(/[\u0600-\u06FF]/)), "utf8");
  assert.equal(splitByBytes(text, arabic + 1, arabic + 4, index), null, "inside an Arabic letter");
  assert.ok(splitByBytes(text, arabic, arabic + 4, index), "around two Arabic letters");
});

test("the passage around a span stays within its line and its reach", () => {
  const text = "line one\nbefore the words WORDS after the words\nline three";
  const start = text.indexOf("WORDS");
  const around = passageAround(text, start, start + 5);
  assert.equal(text.slice(around.from, around.to), "before the words WORDS after the words");
  assert.deepEqual([around.clippedStart, around.clippedEnd], [true, true]);
  const long = `${"word ".repeat(200)}HERE${" word".repeat(200)}`;
  const at = long.indexOf("HERE");
  const cut = passageAround(long, at, at + 4, 50);
  assert.ok(at - cut.from <= 50 && cut.to - (at + 4) <= 50, `${cut.from}..${cut.to}`);
  assert.ok(long.slice(cut.from, cut.to).startsWith("word") && long.slice(cut.from, cut.to).endsWith("word"));
});

test("overlapping evidence merges into one mark naming every claim; touching spans stay apart", () => {
  const cases = [
    [[], []],
    [[{ start: 5, end: 9, ids: ["a"] }], [{ start: 5, end: 9, ids: ["a"] }]],
    [
      [{ start: 10, end: 20, ids: ["b"] }, { start: 0, end: 5, ids: ["a"] }],
      [{ start: 0, end: 5, ids: ["a"] }, { start: 10, end: 20, ids: ["b"] }],
    ],
    [
      [{ start: 0, end: 10, ids: ["a"] }, { start: 0, end: 10, ids: ["b"] }],
      [{ start: 0, end: 10, ids: ["a", "b"] }],
    ],
    [
      [{ start: 0, end: 10, ids: ["a"] }, { start: 5, end: 15, ids: ["b"] }, { start: 15, end: 20, ids: ["c"] }],
      [{ start: 0, end: 15, ids: ["a", "b"] }, { start: 15, end: 20, ids: ["c"] }],
    ],
    [
      [{ start: 2, end: 4, ids: ["inner"] }, { start: 0, end: 10, ids: ["outer"] }],
      [{ start: 0, end: 10, ids: ["outer", "inner"] }],
    ],
  ];
  for (const [input, expected] of cases) {
    const copy = structuredClone(input);
    assert.deepEqual(mergeSpans(input), expected);
    assert.deepEqual(input, copy, "the input is left as it was");
  }
});
