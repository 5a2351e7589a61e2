#!/usr/bin/env bash
# Sitrep side by side with peers that run on this machine: compromise 14.17.0 + compromise-dates 3.9.0 (Node;
# places, people, dates) and dateparser (Python, Debian package python3-dateparser; dates).
#   1. Throughput: generates a corpus once (JSON Lines) and times each system whole-process on the same documents:
#      `sitrep ingest` into a fresh SQLite store; Sitrep's extraction without a store (`Sitrep.Benchmarks
#      extract-corpus`, since `sitrep extract` reads only a file's first document), in full and doing only each peer's
#      job (places and dates; dates); and each peer's adapter
#      (bench/peers/*-extract.*) writing `sitrep extract`-shaped JSON. Prints documents/s (wall-clock and per CPU
#      second), peak memory, and how many times faster Sitrep's extraction is than each peer.
#   2. Gold set: gives each peer Sitrep's reading (text, publication date, language) of every source in samples/,
#      writes OUT/<peer>/<source>.json, checks every span, and scores with `sitrep eval gold --predictions` when
#      that command exists, next to Sitrep's own `sitrep eval gold`.
#      Until that command exists, bench/peers/score-spans.py scores places found and times (found, exact,
#      overlap) the way data/eval/gold/README.md describes, one column per system.
# Usage: bench/peers.sh [DOCUMENTS] [--out DIR] [--gold DIR] [--throughput-only | --gold-only]
#        (default 2000 documents; OUT defaults to artifacts/peers; the gold files to data/eval/gold/samples)
set -euo pipefail
cd "$(dirname "$0")/.."
count=2000 out=artifacts/peers throughput=1 gold=1 golddir=data/eval/gold/samples
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift ;;
    --gold) golddir=$2; shift ;;
    --throughput-only) gold=0 ;;
    --gold-only) throughput=0 ;;
    [0-9]*) count=$1 ;;
    *) echo "usage: bench/peers.sh [DOCUMENTS] [--out DIR] [--gold DIR] [--throughput-only | --gold-only]" >&2; exit 2 ;;
  esac
  shift
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- set-up: Sitrep, the Node peer, the Python peer ---
dotnet build src/Sitrep.Cli -c Release -v quiet -nologo >/dev/null
cli="dotnet src/Sitrep.Cli/bin/Release/net10.0/sitrep.dll"
if [ ! -d bench/peers/node_modules/compromise-dates ]; then
  (cd bench/peers && npm ci --no-audit --no-fund >/dev/null)
fi
dp_python=
for py in python3 /usr/bin/python3; do
  if "$py" -c "import dateparser" 2>/dev/null; then dp_python=$py; break; fi
done
if [ -z "$dp_python" ]; then
  apt-get install -y python3-dateparser >/dev/null
  dp_python=/usr/bin/python3
fi
compromise_version=$(node -p "require('./bench/peers/node_modules/compromise/package.json').version")
dates_version=$(node -p "require('./bench/peers/node_modules/compromise-dates/package.json').version")
dp_version=$("$dp_python" -c "import dateparser; print(dateparser.__version__)")
echo "peers: compromise $compromise_version + compromise-dates $dates_version (node $(node --version)); dateparser $dp_version ($("$dp_python" --version))"
echo "machine: $(nproc) cores; $(uptime | sed 's/.*load/load/')"

measure() { # run a command with its output to a file, print "seconds cpu_seconds peak_kb"
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
out, cmd = sys.argv[1], sys.argv[2:]
t = time.perf_counter()
with open(out, "w") as f:
    subprocess.run(cmd, check=True, stdout=f)
elapsed = time.perf_counter() - t
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{elapsed:.3f} {usage.ru_utime + usage.ru_stime:.3f} {usage.ru_maxrss}")
PY
}

if [ "$throughput" = 1 ]; then
  echo
  echo "== Throughput: $count generated documents, whole process (start-up included) =="
  dotnet build bench/Sitrep.Benchmarks -c Release -v quiet -nologo >/dev/null
  dotnet bench/Sitrep.Benchmarks/bin/Release/net10.0/Sitrep.Benchmarks.dll generate-corpus "$work/corpus.jsonl" "$count"
  head -5 "$work/corpus.jsonl" > "$work/warm.jsonl" # one short run of each first, so no system pays for a cold disk
  $cli ingest "$work/warm.jsonl" --db "$work/warm.db" >/dev/null
  node bench/peers/compromise-extract.mjs "$work/warm.jsonl" >/dev/null
  "$dp_python" bench/peers/dateparser-extract.py "$work/warm.jsonl" >/dev/null
  bench=bench/Sitrep.Benchmarks/bin/Release/net10.0/Sitrep.Benchmarks.dll
  dotnet $bench extract-corpus "$work/warm.jsonl" >/dev/null
  # shellcheck disable=SC2086
  runs=(
    "Sitrep ingest (all stages + store)|sitrep|$cli ingest $work/corpus.jsonl --db $work/store.db"
    # extract-corpus runs with the runtime settings of the sitrep app (src/Sitrep.Cli/Sitrep.Cli.csproj: no tiered PGO)
    "Sitrep extract (all stages)|sitrep-extract|env DOTNET_TieredPGO=0 dotnet $bench extract-corpus $work/corpus.jsonl"
    # the same job as each peer alone: places and dates (compromise), dates (dateparser)
    "Sitrep places and dates only|sitrep-places-time|env DOTNET_TieredPGO=0 dotnet $bench extract-corpus $work/corpus.jsonl --only places,time"
    "Sitrep dates only|sitrep-time|env DOTNET_TieredPGO=0 dotnet $bench extract-corpus $work/corpus.jsonl --only time"
    "compromise + compromise-dates|compromise|node bench/peers/compromise-extract.mjs $work/corpus.jsonl"
    "dateparser search_dates|dateparser|$dp_python bench/peers/dateparser-extract.py $work/corpus.jsonl"
  )
  for run in "${runs[@]}"; do
    IFS='|' read -r label name command <<< "$run"
    # shellcheck disable=SC2086
    read -r secs cpu kb < <(measure "$work/$name.out" $command)
    echo "$label|$name|$secs|$cpu|$kb" >> "$work/times.txt"
  done
  python3 bench/peers/check-spans.py "$work/sitrep-extract.out" "$work/compromise.out" "$work/dateparser.out"
  python3 - "$work" <<'PY'
import json, sys
from pathlib import Path
work = Path(sys.argv[1])
docs = [json.loads(l) for l in open(work / "corpus.jsonl", encoding="utf-8")]
n, words = len(docs), sum(len(x["text"].split()) for x in docs)
runs = [line.split("|") for line in (work / "times.txt").read_text().splitlines()]
found = {}
for _, name, *_ in runs[1:]:
    out = json.load(open(work / f"{name}.out", encoding="utf-8"))
    counts = {f: sum(len(x[f]) for x in out) for f in ("places", "people", "times") if f in out[0]}
    found[name] = ", ".join(f"{v} {k}" for k, v in counts.items())
timing = {name: (float(secs), float(cpu)) for _, name, secs, cpu, _ in runs}
same_job = {"compromise": "sitrep-places-time", "dateparser": "sitrep-time"}
def faster(peer, ours):
    return f"{timing[peer][0] / timing[ours][0]:.1f}x / {timing[peer][1] / timing[ours][1]:.1f}x"
print(f"{n} documents, {words:,} words")
print(f"{'system':<36}{'seconds':>8}{'docs/s':>8}{'CPU s':>8}{'docs/CPU s':>11}{'peak MB':>8}"
      f"{'extract is (wall/CPU)':>23}{'same job is (wall/CPU)':>24}   found (places/people/times)")
for label, name, secs, cpu, kb in runs:
    secs, cpu, kb = float(secs), float(cpu), int(kb)
    ratio = faster(name, "sitrep-extract") if name in same_job else ""
    same = faster(name, same_job[name]) if name in same_job else ""
    print(f"{label:<36}{secs:>8.1f}{n / secs:>8.1f}{cpu:>8.1f}{n / cpu:>11.1f}{kb / 1024:>8.0f}{ratio:>23}{same:>24}   "
          f"{found.get(name, '')}")
print("extract is: how many times faster Sitrep's whole extraction (every stage) is than the peer on the same documents;"
      " same job is: Sitrep doing only what the peer does (places and dates for compromise, dates for dateparser);"
      " whole process, by wall-clock time and by CPU time (user + system; steadier on a shared machine)")
PY
fi

if [ "$gold" = 1 ]; then
  echo
  echo "== Gold set: samples/ as Sitrep reads them =="
  rm -rf "$out/documents" "$out/sitrep" "$out/compromise" "$out/dateparser"
  mkdir -p "$out/compromise" "$out/dateparser"
  python3 bench/peers/sitrep-documents.py "$cli" samples "$out"
  # every peer reads all documents in one process; the outputs are split back into one file per source
  python3 - "$out" <<'PY' > "$work/gold.jsonl"
import json, sys
from pathlib import Path
for f in sorted((Path(sys.argv[1]) / "documents").glob("*.jsonl")):
    for line in open(f, encoding="utf-8"):
        record = json.loads(line)
        record["source"] = f.name[:-len(".jsonl")]
        print(json.dumps(record, ensure_ascii=False))
PY
  node bench/peers/compromise-extract.mjs "$work/gold.jsonl" "$work/gold-compromise.json"
  "$dp_python" bench/peers/dateparser-extract.py "$work/gold.jsonl" "$work/gold-dateparser.json"
  python3 - "$out" "$work/gold.jsonl" "$work/gold-compromise.json" "$work/gold-dateparser.json" <<'PY'
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
sources = [json.loads(l)["source"] for l in open(sys.argv[2], encoding="utf-8")]
for peer, path in (("compromise", sys.argv[3]), ("dateparser", sys.argv[4])):
    outputs = json.load(open(path, encoding="utf-8"))
    assert len(outputs) == len(sources), f"{peer}: {len(outputs)} outputs for {len(sources)} documents"
    by_source = {}
    for source, o in zip(sources, outputs):
        by_source.setdefault(source, []).append(o)
    for source, docs in by_source.items():
        (out / peer / f"{source}.json").write_text(json.dumps(docs, ensure_ascii=False, indent=1), encoding="utf-8")
PY
  python3 bench/peers/check-spans.py "$out"/compromise/*.json "$out"/dateparser/*.json "$out"/sitrep/*.json
  echo "predictions: $out/{sitrep,compromise,dateparser}/<source>.json"
  if ! ls "$golddir"/*.gold.json >/dev/null 2>&1; then
    echo "NOT SCORED: no gold files in $golddir"
    exit 0
  fi
  if ! $cli eval --help 2>/dev/null | grep -qE '^\s+gold\b'; then
    echo "This build of sitrep has no 'eval gold' command yet; when it has, this script scores with it:"
    echo "  sitrep eval gold; sitrep eval gold --predictions $out/compromise; sitrep eval gold --predictions $out/dateparser"
    echo "Meanwhile, the stand-in (bench/peers/score-spans.py; Sitrep scored on the same reading, $out/sitrep):"
    python3 bench/peers/score-spans.py "$golddir" Sitrep="$out/sitrep" compromise="$out/compromise" \
      dateparser="$out/dateparser"
    exit 0
  fi
  $cli eval gold > "$work/eval-sitrep.txt"
  $cli eval gold --predictions "$out/compromise" > "$work/eval-compromise.txt"
  $cli eval gold --predictions "$out/dateparser" > "$work/eval-dateparser.txt"
  python3 bench/peers/side-by-side.py Sitrep "$work/eval-sitrep.txt" compromise "$work/eval-compromise.txt" \
    dateparser "$work/eval-dateparser.txt"
fi
