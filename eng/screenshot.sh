#!/usr/bin/env bash
# Screenshot of the web app on the bundled sample corpus, for the README: loads the demo store, serves it on a
# free local port, and has headless Chromium (installed with apt when missing) capture the page.
# Usage: eng/screenshot.sh [OUTPUT.png]   (default docs/screenshot-demo.png)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshot-demo.png}
[ -x /usr/bin/chromium ] || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
work=$(mktemp -d)
dotnet build src/Sitrep.Cli -c Release -v quiet -nologo >/dev/null
cli=src/Sitrep.Cli/bin/Release/net10.0/sitrep.dll
dotnet "$cli" demo --no-serve --db "$work/demo.db" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dotnet "$cli" serve --db "$work/demo.db" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/events" >/dev/null && break; sleep 0.5; done
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$work/profile" --window-size=1400,900 --virtual-time-budget=10000 \
  --screenshot="$out" "http://127.0.0.1:$port/" >/dev/null 2>&1
echo "wrote $out"
