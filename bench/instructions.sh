#!/usr/bin/env bash
# Instructions executed by `sitrep ingest`, counted by Valgrind's callgrind: a measure of work that does not depend on
# the machine's load, for comparing builds on a shared machine where wall and CPU times vary by a quarter from run to
# run. Counts what the process executes (all its threads, the collector and SQLite included), not the time the disk,
# cache misses or a core's other tenants cost, so it complements the timed runs of bench/ingest-throughput.sh; it does
# not replace them. Each build ingests the first N documents of the corpus into a fresh store, and also the first
# document alone (start-up, schema, one document and exit), which is subtracted; the rest is divided by N - 1.
# Usage: bench/instructions.sh [--docs N] [--corpus FILE.jsonl] APP [APP ...]
#   APP is a published folder (its `sitrep` executable is run). Valgrind runs a process 30-60 times slower: 200
#   documents take about a minute a build. Needs valgrind (Debian's package).
set -euo pipefail
cd "$(dirname "$0")/.."
docs=200 corpus="" apps=()
while [ $# -gt 0 ]; do
  case $1 in
    --docs) docs=$2; shift ;;
    --corpus) corpus=$2; shift ;;
    *) apps+=("$1") ;;
  esac
  shift
done
if [ ${#apps[@]} -eq 0 ]; then
  echo "usage: bench/instructions.sh [--docs N] [--corpus FILE.jsonl] APP [APP ...]" >&2
  exit 2
fi
command -v valgrind >/dev/null || { echo "bench/instructions.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$corpus" ]; then
  corpus=$work/corpus.jsonl
  dotnet run -c Release --project bench/Sitrep.Benchmarks -- generate-corpus "$corpus" "$docs" >/dev/null
fi
head -n "$docs" "$corpus" > "$work/docs.jsonl"
head -n 1 "$corpus" > "$work/one.jsonl"

count() { # app corpus -> instructions
  rm -f "$work"/store.db*
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$1/sitrep" ingest "$2" --db "$work/store.db" \
    > /dev/null 2> "$work/valgrind.log" || { tail -5 "$work/valgrind.log" >&2; exit 1; }
  sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$work/valgrind.log"
}

printf '%-40s %16s %16s %14s\n' build "1 document" "$docs documents" "per document"
for app in "${apps[@]}"; do
  # Valgrind cannot read the separate debug-information file the native build ships beside the executable: run a
  # copy of the folder without it.
  copy=$work/app
  rm -rf "$copy"
  cp -r "$app" "$copy"
  rm -f "$copy"/*.dbg
  base=$(count "$copy" "$work/one.jsonl")
  full=$(count "$copy" "$work/docs.jsonl")
  printf '%-40s %16s %16s %14s\n' "$(basename "$app")" "$base" "$full" "$(( (full - base) / (docs - 1) ))"
done
