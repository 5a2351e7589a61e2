"""Runs dateparser's search_dates over the rows of the time stage's test tables and scores it.

A resolution row is (text, published, expected mention, from, to, precision). dateparser counts as finding the
expression when one of its matches overlaps the expected mention in the text, and as correct when the date it
returns lies inside [from, to] (lenient: dateparser returns a point, not an interval). Non-date rows count a
false positive when dateparser returns anything. The same rows are pinned for Sitrep by the unit tests, so
Sitrep's score on them is its test pass rate.
"""
import datetime as dt
import re
import sys
import time
from pathlib import Path

import dateparser
from dateparser.search import search_dates

ARG = re.compile(r'"((?:[^"\\]|\\.)*)"|(null)|TimePrecision\.(\w+)')
ROW = re.compile(r'^\s*\[InlineData\((.*)\)\]\s*$')


def rows(path):
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if m:
            yield [a or (None if n else p) for a, n, p in ARG.findall(m.group(1))]


def cyrillic(text):
    return any("\u0400" <= c <= "\u04ff" for c in text)


def search(text, published):
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
    languages = ["uk", "ru"] if cyrillic(text) else ["en"]
    try:
        return search_dates(text, languages=languages, settings=settings) or []
    except Exception:  # noqa: BLE001 - a crash is a miss
        return []


def main(folder):
    resolution = [r for r in rows(Path(folder) / "TimeStageTests.cs") if len(r) == 6]
    non_dates = [r for r in rows(Path(folder) / "TimeStageEdgeTests.cs") if len(r) == 1]
    found = correct = 0
    misses = []
    started = time.perf_counter()
    for text, published, expected, start, end, _ in resolution:
        at = text.find(expected)
        span = range(at, at + len(expected))
        hits = []
        for matched, value in search(text, published):
            m_at = text.find(matched)
            if m_at >= 0 and set(range(m_at, m_at + len(matched))) & set(span):
                hits.append(value.date())
        if hits:
            found += 1
            lo, hi = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
            if any(lo <= h <= hi for h in hits):
                correct += 1
            else:
                misses.append(f"wrong | {expected} | expected {start}..{end} | got {', '.join(map(str, hits))}")
        else:
            misses.append(f"missed | {expected} | expected {start}..{end}")
    false_positives = []
    for (text,) in non_dates:
        got = search(text, "2025-12-11")
        if got:
            false_positives.append(f"{text} -> {', '.join(m for m, _ in got)}")
    elapsed = time.perf_counter() - started
    n = len(resolution)
    print(f"dateparser {dateparser.__version__}")
    print(f"resolution rows: {n}; found {found} ({100 * found / n:.0f}%); correct {correct} ({100 * correct / n:.0f}%)")
    print(f"non-date rows: {len(non_dates)}; false positives {len(false_positives)}")
    print(f"time: {elapsed:.2f} s for {n + len(non_dates)} rows")
    print("\nmisses:")
    print("\n".join(misses))
    print("\nfalse positives:")
    print("\n".join(false_positives))


if __name__ == "__main__":
    main(sys.argv[1])
