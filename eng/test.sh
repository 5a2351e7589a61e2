#!/usr/bin/env bash
# Sitrep's whole test suite, on a fresh machine: installs and starts what the tests need (PostgreSQL, Chromium),
# builds, runs every test project, and ends with the totals alone on a line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"

log() { printf '[test] %s\n' "$*" >&2; }

need_apt=()
command -v /usr/lib/postgresql/15/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium chromium-driver)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "installing ${need_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    for attempt in 1 2 3; do
      apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null 2>&1 && break
      log "apt attempt $attempt failed; retrying"; sleep 5
    done
  else
    log "not root: cannot install ${need_apt[*]}"
  fi
fi

# PostgreSQL for the server-store tests.
if pg=$("$root/eng/postgres.sh" start | tail -n 1) && [ -n "$pg" ]; then
  export SITREP_TEST_PG="$pg"
  trap '"$root/eng/postgres.sh" stop >/dev/null 2>&1 || true' EXIT
  log "PostgreSQL: $pg"
else
  log "PostgreSQL could not be started; its tests will fail on CI"
fi

log "building"
if ! dotnet build Sitrep.slnx -c Release -v quiet -nologo >"$results/build.log" 2>&1; then
  grep -E "error|Error" "$results/build.log" | sort -u | head -40 >&2
  echo "0 passed, 1 failed"
  exit 1
fi

log "testing"
dotnet test --solution Sitrep.slnx -c Release --no-build --results-directory "$results" --report-trx --no-progress
code=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$code" -eq 0 ] && [ "$failed" -eq 0 ]
