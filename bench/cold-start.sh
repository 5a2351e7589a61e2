#!/usr/bin/env bash
# Cold start: time `sitrep extract` of one document, a fresh process each run, and print the best wall time and the
# CPU time (user + system) of each build. Several builds are measured in turn, one run of each per round, so that a
# change in the machine's load falls on all of them alike.
# Usage: bench/cold-start.sh [--runs N] [--doc FILE] [APP ...]
#   APP is a published folder (its `sitrep` apphost is run) or a sitrep.dll (run with `dotnet`); without one, the
#   CLI is published for linux-x64 as the project ships it (several minutes) and that is measured. Default document:
#   a 293-word wire report from samples/ (bench/ingest-throughput.sh times the first, 560-word document of its
#   corpus); the output is checked to be one JSON object. To compare builds, publish each to its own folder; when
#   switching between self-contained and framework-dependent publishing in one tree, delete
#   src/Sitrep.Cli/obj/Release/net10.0/linux-x64/R2R first (the precompiler's incremental step keeps stale images).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5 doc=samples/01-wire-pokrovsk-assault.txt apps=()
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift ;;
    --doc) doc=$2; shift ;;
    *) apps+=("$1") ;;
  esac
  shift
done
if [ ${#apps[@]} -eq 0 ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  dotnet publish src/Sitrep.Cli -c Release -r linux-x64 -o "$work/app" -v quiet -nologo >/dev/null
  apps=("$work/app")
fi

python3 - "$runs" "$doc" "${apps[@]}" <<'PY'
import os, subprocess, sys, time, json
runs, doc, apps = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
def command(app):
    if app.endswith(".dll"):
        return ["dotnet", app]
    return [os.path.join(app, "sitrep")]
results = {app: [] for app in apps}
for _ in range(runs):
    for app in apps:
        t = time.perf_counter()
        p = subprocess.Popen(command(app) + ["extract", doc, "--published", "2025-12-11"], stdout=subprocess.PIPE)
        out = p.stdout.read()
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t
        if status != 0:
            sys.exit(f"{app}: exit status {status}")
        json.loads(out)
        results[app].append((wall, usage.ru_utime + usage.ru_stime))
with open("/proc/loadavg") as f:
    load = " ".join(f.read().split()[:3])
for app, rs in results.items():
    walls = sorted(w for w, _ in rs)
    cpus = sorted(c for _, c in rs)
    print(f"{app}: wall best {walls[0]*1000:.0f} ms, median {walls[len(walls)//2]*1000:.0f} ms; "
          f"CPU best {cpus[0]*1000:.0f} ms, median {cpus[len(cpus)//2]*1000:.0f} ms ({len(rs)} runs)")
print(f"load average: {load}")
PY
