"""Sitrep's reading of each sample source, the input every system gets on the gold set.

For each source in SAMPLES (a file, or a folder such as a Telegram export), runs `sitrep extract SOURCE` and takes
`.document` of each element of its output (one object or an array). A source holding several documents (a feed,
JSON Lines, a Telegram export) is also read by one `sitrep ingest` of all samples into a fresh store; when extract
gives fewer documents than the store holds for that source, or fails on it (a folder), the store's documents are
used, in the order they were read. Writes, per source:
  OUT/documents/<source>.jsonl   one line per document: { id, text, published, language }
  OUT/sitrep/<source>.json       Sitrep's own extract output for those documents (an array)
Usage: python3 sitrep-documents.py "SITREP COMMAND" SAMPLES OUT
"""
import json
import re
import shlex
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path


def extract(cli, source):
    run = subprocess.run(cli + ["extract", str(source)], capture_output=True, text=True, encoding="utf-8")
    if run.returncode != 0:
        return None, run.stderr.strip()
    out = json.loads(run.stdout)
    return (out if isinstance(out, list) else [out]), None


def ingested(cli, samples, sources):
    """origin source name -> [extract output of each document, in reading order] from one ingest of all sources."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.db"
        subprocess.run(cli + ["ingest", *map(str, sources), "--db", str(db)], check=True, stdout=subprocess.DEVNULL)
        rows = sqlite3.connect(db).execute("SELECT origin, extraction FROM documents ORDER BY seq").fetchall()
    by_source = {}
    for origin, extraction in rows:
        relative = Path(re.sub(r"[#:]\d+$", "", origin)).resolve().relative_to(samples.resolve())
        by_source.setdefault(relative.parts[0], []).append(json.loads(extraction))
    return by_source


def main(command, samples, out):
    cli, samples, out = shlex.split(command), Path(samples), Path(out)
    sources = sorted(p for p in samples.iterdir() if not p.name.startswith(".") and not p.name.endswith(".gold.json"))
    stored = ingested(cli, samples, sources)
    for folder in ("documents", "sitrep"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    for source in sources:
        outputs, error = extract(cli, source)
        from_store = stored.get(source.name, [])
        if outputs is None or len(from_store) > len(outputs):
            how = f"extract failed ({error})" if outputs is None else f"extract gave {len(outputs)}"
            print(f"  {source.name}: {how}; using the {len(from_store)} documents ingest reads", file=sys.stderr)
            outputs = from_store
        elif from_store and from_store[0]["document"]["text"] != outputs[0]["document"]["text"]:
            sys.exit(f"{source.name}: extract and ingest read different texts")
        with open(out / "documents" / f"{source.name}.jsonl", "w", encoding="utf-8") as f:
            for o in outputs:
                d = o["document"]
                record = {k: d.get(k) for k in ("id", "text", "published", "language")}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        (out / "sitrep" / f"{source.name}.json").write_text(json.dumps(outputs, ensure_ascii=False), encoding="utf-8")
    print(f"{len(sources)} sources, {sum(len(v) for v in stored.values())} documents read by Sitrep")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
