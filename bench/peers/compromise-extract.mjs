// Runs compromise (with compromise-dates) over documents and writes what it finds in the shape of `sitrep extract`
// output: a JSON array with one object per document, holding only the fields compromise can produce.
//   places[]: { text, start, end }              compromise's places(); no geonameId, it cannot resolve a name
//   people[]: { text, start, end }              compromise's people(); not an attribution, so not scored as one
//   times[]:  { text, start, end, from, to, precision }   compromise-dates, with the publication date as "today"
// Input: JSON Lines, one document a line: { id?, text, published?, language? }. Offsets are indices into the
// JavaScript string, i.e. UTF-16 code units, the same unit as Sitrep's offsets.
// Usage: node compromise-extract.mjs INPUT.jsonl [OUTPUT.json]   (default output: standard output)
import { readFileSync, createWriteStream } from 'node:fs';
import nlp from 'compromise';
import datePlugin from 'compromise-dates';

nlp.plugin(datePlugin);

const [input, output] = process.argv.slice(2);
if (!input) {
  console.error('usage: node compromise-extract.mjs INPUT.jsonl [OUTPUT.json]');
  process.exit(2);
}

// compromise's match offsets include the punctuation and spaces attached to the words ("Kyiv." or "on 12 May,");
// the span is narrowed to the first and last letter or digit so that text === document text [start, end).
const wordChar = /[\p{L}\p{N}]/u;
function span(text, offset) {
  let start = offset.start;
  let end = offset.start + offset.length;
  while (start < end && !wordChar.test(text[start])) start++;
  while (end > start && !wordChar.test(text[end - 1])) end--;
  return start < end ? { text: text.slice(start, end), start, end } : null;
}

const precisionOf = { day: 'day', week: 'week', month: 'month', year: 'year' };

function extract(record) {
  const text = record.text ?? '';
  const doc = nlp(text);
  const spans = (view) => view.json({ offset: true, terms: false })
    .map((m) => span(text, m.offset))
    .filter((s) => s !== null);
  const options = { timezone: 'UTC' };
  if (record.published) options.today = record.published.slice(0, 10);
  const times = [];
  for (const m of doc.dates(options).json({ offset: true, terms: false })) {
    const s = span(text, m.offset);
    const d = m.dates ?? {};
    if (!s || !d.start) continue;
    const from = d.start.slice(0, 10);
    const to = (d.end ?? d.start).slice(0, 10);
    times.push({ ...s, from, to, precision: from === to ? 'day' : (precisionOf[d.unit] ?? 'days') });
  }
  const document = { published: record.published ?? null, language: record.language ?? 'en', text };
  if (record.id) document.id = record.id;
  return { document, places: spans(doc.places()), times, people: spans(doc.people()) };
}

const out = output ? createWriteStream(output) : process.stdout;
const lines = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim() !== '');
out.write('[');
lines.forEach((line, i) => {
  out.write((i ? ',\n' : '\n') + JSON.stringify(extract(JSON.parse(line))));
});
out.write('\n]\n');
if (output) out.end();
