#!/usr/bin/env bash
# What a store shows its users, for comparing the stores of two builds whose tables differ: events and claims as the
# CLI lists and exports them (JSON, CSV, contested claims, the claims' table with their corroborations, JSON Lines,
# GeoJSON, ACLED CSV; both CSVs without their export-time column), the status counts, the aliases of merged events,
# and the search index's rows and a match count from the store (searches read only documents and the index). Usage: bench/user-view.sh SITREP STORE.db >
# view.txt, where SITREP is a `sitrep` apphost or a sitrep.dll (run with dotnet); then diff two views (or compare
# their md5sum). Opening the store migrates it, so give a copy of a store written by an older build.
set -euo pipefail
app=$1 db=$2
run() { if [[ $app == *.dll ]]; then dotnet "$app" "$@"; else "$app" "$@"; fi; }
echo "## status"; run status --db "$db"
echo "## events json"; run events --db "$db" --format json
echo "## events csv (without the export time)"; run events --db "$db" --format csv | sed -E "s/,[0-9]{10,}(\r?)$/,T\1/"
echo "## claims json"; run claims --db "$db" --format json
echo "## claims contested"; run claims --db "$db" --contested --format json
echo "## claims table (with the corroborations each claim's links give)"; run claims --db "$db"
echo "## export jsonl"; run export --db "$db" --format jsonl
echo "## export geojson"; run export --db "$db" --format geojson
echo "## export acled-csv (without the export time)"; run export --db "$db" --format acled-csv | sed -E "s/,[0-9]{10,}(\r?)$/,T\1/"
echo "## search index"
sqlite3 -readonly "$db" <<'SQL'
.mode list
.separator "\t"
SELECT 'fts', rowid, title, text FROM documents_fts ORDER BY rowid;
SELECT 'fts-check', count(*) FROM documents_fts WHERE documents_fts MATCH 'shelling OR drone OR обстріл';
SELECT 'alias', alias, event_id FROM event_aliases ORDER BY alias;
SQL
