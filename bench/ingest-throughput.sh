#!/usr/bin/env bash
# Whole-process throughput: generate a synthetic corpus with the density of real reporting (or the old dense corpus
# with --dense), then time `sitrep ingest` end to end (start-up included) into a fresh SQLite store, and report
# documents/s and peak memory. Also times a cold `sitrep extract` of one document (skipped with --no-extract).
# The corpus is one JSON Lines file, streamed by the reader; --split N writes it as files of N documents in a folder.
# Usage: bench/ingest-throughput.sh [DOCUMENTS] [--dense] [--no-extract] [--split N]   (default 5000 documents)
# SITREP_MEMORY_LOG=N in the environment makes the ingest print its memory and collections every N transactions.
set -euo pipefail
cd "$(dirname "$0")/.."
count=5000 dense= extract=1 split=
while [ $# -gt 0 ]; do
  case $1 in
    --dense) dense=--dense ;;
    --no-extract) extract= ;;
    --split) split=$2; shift ;;
    *) count=$1 ;;
  esac
  shift
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The published app as the CLI project publishes it for a runtime (one native executable compiled ahead of time; several
# minutes); SITREP_BENCH_CLI measures another build instead: a sitrep.dll is run with `dotnet` (e.g.
# src/Sitrep.Cli/bin/Release/net10.0/sitrep.dll, the plain JIT build, or a folder published with -p:PublishAot=false),
# anything else as an executable.
if [ -z "${SITREP_BENCH_CLI:-}" ]; then
  dotnet publish src/Sitrep.Cli -c Release -r linux-x64 -o "$work/app" -v quiet -nologo >/dev/null
fi
cli=${SITREP_BENCH_CLI:-$work/app/sitrep}
case $cli in *.dll) run=(dotnet "$cli") ;; *) run=("$cli") ;; esac
dotnet build bench/Sitrep.Benchmarks -c Release -v quiet -nologo >/dev/null
dotnet bench/Sitrep.Benchmarks/bin/Release/net10.0/Sitrep.Benchmarks.dll generate-corpus "$work/corpus.jsonl" "$count" $dense
words=$(python3 -c "import json,sys;print(sum(len(json.loads(l)['text'].split()) for l in open(sys.argv[1])))" "$work/corpus.jsonl")
head -1 "$work/corpus.jsonl" | python3 -c "import json,sys;print(json.loads(sys.stdin.read())['text'])" > "$work/one.txt"
input=$work/corpus.jsonl
if [ -n "$split" ]; then # files of N documents in one folder, read one file at a time
  mkdir "$work/corpus"
  split -l "$split" -d -a 4 --additional-suffix=.jsonl "$work/corpus.jsonl" "$work/corpus/part-"
  rm "$work/corpus.jsonl"
  input=$work/corpus
fi

peak_rss() { # run a command, print "seconds peak_kb cpu_seconds" (CPU time varies less than wall time on a shared machine)
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
elapsed = time.perf_counter() - t
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{elapsed:.3f} {r.ru_maxrss} {r.ru_utime + r.ru_stime:.3f}")
PY
}

read -r secs kb cpu < <(peak_rss "${run[@]}" ingest "$input" --db "$work/store.db")
python3 - "$count" "$words" "$secs" "$kb" "$cpu" <<'PY'
import sys
n, words, secs, kb, cpu = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
print(f"ingest: {n} documents ({words} words) in {secs:.2f} s = {n/secs:,.0f} documents/s, peak memory {kb/1024:.0f} MB, CPU {cpu:.1f} s ({cpu/n*1000:.1f} ms per document)")
PY

echo "load average: $(cut -d" " -f1-3 /proc/loadavg)"
[ -n "$extract" ] || exit 0
best=999
for _ in 1 2 3 4 5; do
  read -r secs _ _ < <(peak_rss "${run[@]}" extract "$work/one.txt" --published 2025-12-11)
  best=$(python3 -c "print(min($best, $secs))")
done
echo "cold extract of one document: best of 5 = $(python3 -c "print(round($best*1000))") ms"
