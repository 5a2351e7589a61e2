"""A stand-in for `sitrep eval gold` limited to what the peers attempt: places *found* (span overlap) and times
*found*, *exact* (same from and to) and *overlap* (intervals overlap, widened by the gold's dateDays), matched as
data/eval/gold/README.md says (a gold item is the occurrence-th time its text occurs; a prediction matches at most
one gold item of the same field, the first unmatched one its span overlaps). Micro-averaged, overall and per
language; a field absent from a gold document or from a system's output is not scored for that document.
Prints one column per system. Used by bench/peers.sh while `sitrep eval gold` does not exist; that command's
figures are the reference.
Usage: python3 score-spans.py GOLD_DIR NAME=PREDICTIONS_DIR...
"""
import collections
import datetime as dt
import json
import sys
from pathlib import Path

FIELDS = {"places": ("found",), "times": ("found", "exact", "overlap")}


def utf16(text, i):
    return len(text[:i].encode("utf-16-le")) // 2


def gold_span(text, item):
    if "start" in item:
        return item["start"], item["end"]
    at = -1
    for _ in range(item.get("occurrence", 1)):
        at = text.find(item["text"], at + 1)
        if at < 0:
            return None
    return utf16(text, at), utf16(text, at + len(item["text"]))


def interval(item, widen):
    lo = dt.date.fromisoformat(item["from"][:10]) - widen if item.get("from") else dt.date.min
    hi = dt.date.fromisoformat(item["to"][:10]) + widen if item.get("to") else dt.date.max
    return lo, hi


def correct(kind, p, g, widen):
    if kind == "found":
        return True
    if kind == "exact":
        return p.get("from") == g.get("from") and p.get("to") == g.get("to")
    (plo, phi), (glo, ghi) = interval(p, dt.timedelta(0)), interval(g, widen)
    return plo <= ghi and glo <= phi


def score(gold_dir, predictions):
    counts = collections.defaultdict(lambda: [0, 0, 0])  # (field, kind, language) -> [correct, predicted, gold]
    for gold_file in sorted(Path(gold_dir).glob("*.gold.json")):
        source = gold_file.name[:-len(".gold.json")]
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        predicted = json.loads((Path(predictions) / f"{source}.json").read_text(encoding="utf-8"))
        if len(gold) != len(predicted):
            sys.exit(f"{source}: {len(gold)} gold documents, {len(predicted)} predicted")
        for g_doc, p_doc in zip(gold, predicted):
            text, language = p_doc["document"]["text"], g_doc["document"].get("language", "?")
            widen = dt.timedelta(days=(g_doc.get("tolerances") or {}).get("dateDays", 0))
            for field, kinds in FIELDS.items():
                if field not in g_doc or field not in p_doc:
                    continue
                spans = [(gold_span(text, g), g) for g in g_doc[field]]
                lost = [g["text"] for s, g in spans if s is None]
                if lost:
                    sys.exit(f"{source}: gold {field} not in the text: {lost}")
                used, pairs = set(), []
                for p in p_doc[field]:
                    for i, ((start, end), g) in enumerate(spans):
                        if i not in used and p["start"] < end and start < p["end"]:
                            used.add(i)
                            pairs.append((p, g))
                            break
                for kind in kinds:
                    hits = sum(correct(kind, p, g, widen) for p, g in pairs)
                    for key in ((field, kind, "all"), (field, kind, language)):
                        c = counts[key]
                        c[0], c[1], c[2] = c[0] + hits, c[1] + len(p_doc[field]), c[2] + len(spans)
    return counts


def cell(c):
    if c is None:
        return "not attempted"
    hits, predicted, gold = c
    p, r = (hits / predicted if predicted else 0), (hits / gold if gold else 0)
    f1 = 2 * p * r / (p + r) if p + r else 0
    return f"{p:.2f} {r:.2f} {f1:.2f} ({hits}/{predicted}/{gold})"


def main(gold_dir, systems):
    results = [(name, score(gold_dir, path)) for name, path in (s.split("=", 1) for s in systems)]
    keys = sorted({k for _, counts in results for k in counts}, key=lambda k: (k[0], FIELDS[k[0]].index(k[1]), k[2] != "all", k[2]))
    width = max(len(cell([999, 999, 999])), *(len(name) for name, _ in results))
    print("P R F1 (correct/predicted/gold), micro-averaged")
    print(f"{'':<24}" + "".join(f" | {name:<{width}}" for name, _ in results))
    for key in keys:
        print(f"{' '.join(key):<24}" + "".join(f" | {cell(counts.get(key)):<{width}}" for _, counts in results))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
