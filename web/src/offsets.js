// Byte offsets to string indices. The API's evidence.start/end count UTF-8 bytes of the
// document's original text; JavaScript strings count UTF-16 code units, so an Arabic letter
// (2 bytes, 1 unit) or an emoji (4 bytes, 2 units) moves the two apart.

/** UTF-8 length of the code point starting at `index` and how many units it takes. */
function codePointAt(text, index) {
  const unit = text.charCodeAt(index);
  if (unit < 0x80) return [1, 1];
  if (unit < 0x800) return [2, 1];
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return [4, 2];
  }
  // lone surrogates are written as U+FFFD (3 bytes) by UTF-8 encoders
  return [3, 1];
}

/**
 * A converter for one text: `toIndex(byte)` is the string index where that byte offset
 * falls, or -1 when the offset is past the end or inside a character (not a boundary).
 */
export function byteIndex(text) {
  const starts = [0]; // byte offset of each boundary, in step with `indices`
  const indices = [0];
  let bytes = 0;
  for (let index = 0; index < text.length; ) {
    const [length, units] = codePointAt(text, index);
    bytes += length;
    index += units;
    starts.push(bytes);
    indices.push(index);
  }
  return {
    byteLength: bytes,
    toIndex(byte) {
      if (!Number.isInteger(byte) || byte < 0 || byte > bytes) return -1;
      let low = 0;
      let high = starts.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (starts[middle] === byte) return indices[middle];
        if (starts[middle] < byte) low = middle + 1;
        else high = middle - 1;
      }
      return -1;
    },
  };
}

/**
 * The text between two byte offsets as `{before, inside, after, start, end}` (string
 * indices), or null when the offsets are not character boundaries in order.
 */
export function splitByBytes(text, startByte, endByte, index = byteIndex(text)) {
  const start = index.toIndex(startByte);
  const end = index.toIndex(endByte);
  if (start < 0 || end < 0 || end < start) return null;
  return { before: text.slice(0, start), inside: text.slice(start, end), after: text.slice(end), start, end };
}

/**
 * The passage around string indices [start, end): from the line break before it to the one
 * after, widened to at most `reach` characters each side, cut at a space where possible.
 */
export function passageAround(text, start, end, reach = 400) {
  let from = text.lastIndexOf("\n", start - 1) + 1;
  if (start - from > reach) {
    from = start - reach;
    const space = text.indexOf(" ", from);
    if (space >= 0 && space < start) from = space + 1;
  }
  let to = text.indexOf("\n", end);
  if (to < 0) to = text.length;
  if (to - end > reach) {
    to = end + reach;
    const space = text.lastIndexOf(" ", to);
    if (space > end) to = space;
  }
  return { from, to, clippedStart: from > 0, clippedEnd: to < text.length };
}

/**
 * Spans `{start, end, ids}` sorted and merged where they overlap (touching spans stay
 * apart), so that marks never nest and each names every claim whose evidence it holds.
 */
export function mergeSpans(spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.ids.push(...span.ids);
    } else {
      merged.push({ start: span.start, end: span.end, ids: [...span.ids] });
    }
  }
  return merged;
}
