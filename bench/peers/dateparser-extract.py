"""Runs dateparser's search_dates over documents and writes what it finds in the shape of `sitrep extract` output:
a JSON array with one object per document holding only `times` ({ text, start, end, from, to, precision }).

dateparser gets the publication date as RELATIVE_BASE, PREFER_DATES_FROM = past, and the document's language.
It returns a point in time, so from = to = the returned date. search_dates returns the matched strings without
positions; each is located in the text after the previous match. Offsets are converted from Python's code points
to UTF-16 code units, the unit of Sitrep's offsets (they differ after a character outside the BMP, e.g. an emoji).

Input: JSON Lines, one document a line: { id?, text, published?, language? }.
Usage: python3 dateparser-extract.py INPUT.jsonl [OUTPUT.json]   (default output: standard output)
"""
import datetime as dt
import json
import sys
import warnings

from dateparser.search import search_dates

warnings.filterwarnings("ignore", category=DeprecationWarning)
warnings.filterwarnings("ignore", message=".*localize method.*")


def utf16_offsets(text):
    """Maps each code point index (0..len) to its UTF-16 offset."""
    table, at = [0] * (len(text) + 1), 0
    for i, ch in enumerate(text):
        table[i] = at
        at += 2 if ord(ch) > 0xFFFF else 1
    table[len(text)] = at
    return table


def found(text, language, published):
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published[:10])
    try:
        return search_dates(text, languages=[language], settings=settings) or []
    except Exception:  # noqa: BLE001 - a crash on one document is no date found, not the end of the run
        return []


def extract(record):
    text = record.get("text") or ""
    language = record.get("language") or "en"
    published = record.get("published")
    times, cursor, units = [], 0, None
    for matched, value in found(text, language, published):
        at = text.find(matched, cursor)
        if at < 0:
            at = text.find(matched)
        if at < 0:
            continue  # dateparser normalised the string; no span to point at
        cursor = at + len(matched)
        units = units or utf16_offsets(text)
        day = value.date().isoformat()
        times.append({"text": matched, "start": units[at], "end": units[at + len(matched)],
                      "from": day, "to": day, "precision": "day"})
    document = {"published": published, "language": language, "text": text}
    if record.get("id"):
        document["id"] = record["id"]
    return {"document": document, "times": times}


def main(source, target=None):
    out = open(target, "w", encoding="utf-8") if target else sys.stdout
    with open(source, encoding="utf-8") as lines:
        out.write("[")
        first = True
        for line in lines:
            if line.strip():
                out.write(("\n" if first else ",\n") + json.dumps(extract(json.loads(line)), ensure_ascii=False))
                first = False
        out.write("\n]\n")
    if target:
        out.close()


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: python3 dateparser-extract.py INPUT.jsonl [OUTPUT.json]")
    main(*sys.argv[1:])
