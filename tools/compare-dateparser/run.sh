#!/usr/bin/env bash
# Compares the time stage's expression table with python3-dateparser (Debian package) on the same rows.
# Usage: tools/compare-dateparser/run.sh   (from the repository root; installs python3-dateparser if missing)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if ! /usr/bin/python3 -c "import dateparser" 2>/dev/null; then
  apt-get install -y python3-dateparser >/dev/null
fi
/usr/bin/python3 "$here/compare.py" "$root/tests/Sitrep.Extraction.Tests/Time"
