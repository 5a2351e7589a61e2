"""Checks prediction files in the shape of `sitrep extract` output: every item with start/end must have
text == document.text[start:end], counted in UTF-16 code units as Sitrep counts them. Exits 1 on the first files
with a wrong span, naming the file, document, field and item.
Usage: python3 check-spans.py FILE.json...
"""
import json
import sys


def slice16(text, start, end):
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


def check(path):
    data = json.loads(open(path, encoding="utf-8").read())
    docs = data if isinstance(data, list) else [data]
    errors, items = [], 0
    for n, doc in enumerate(docs):
        text = doc["document"]["text"]
        for field, values in doc.items():
            if field == "document" or not isinstance(values, list):
                continue
            for item in values:
                if not isinstance(item, dict) or "start" not in item or "text" not in item:
                    continue
                items += 1
                got = slice16(text, item["start"], item["end"])
                if got != item["text"]:
                    errors.append(f"{path}: document {n}, {field}: {item['text']!r} at {item['start']}..{item['end']} "
                                  f"but the text there is {got!r}")
    return errors, len(docs), items


def main(paths):
    errors, docs, items = [], 0, 0
    for path in paths:
        e, d, i = check(path)
        errors += e
        docs += d
        items += i
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        sys.exit(f"SPAN CHECK FAILED: {len(errors)} of {items} spans do not slice the document text")
    print(f"span check: {items} spans in {docs} documents slice their text exactly")


if __name__ == "__main__":
    main(sys.argv[1:])
