#!/usr/bin/env bash
# Every stored row of a SQLite store in a stable order, for comparing two builds' stores: documents (without the
# wall-clock added_at; an extraction stored deflated in hex), events, event reports with their merge reasons, aliases,
# claims, claim links and the search index. The stored extraction differs between stores written before and after
# migration 7 by design (compare what GetDocumentAsync returns instead). Usage: bench/dump-store.sh STORE.db >
# dump.txt; then diff two dumps (or compare their md5sum). Since migration 8 an event of one report keeps no JSON of its
# own (its line names the report); since migration 9 each claim link is one row, under the newer claim, named here by
# both claims' ids. bench/user-view.sh prints what users see of two stores whose tables differ.
set -euo pipefail
db=$1
sqlite3 -readonly "$db" <<'SQL'
.mode list
.separator "\t"
SELECT 'document', seq, id, title, url, outlet, published, language, medium, origin, event_count, claim_count, text,
       CASE WHEN typeof(extraction) = 'blob' THEN hex(extraction) ELSE extraction END FROM documents ORDER BY seq;
SELECT 'event', id, first_seq, type, subtype, date_from, date_to, geoname_id, place_key, latest_from, earliest_to, named_day,
       CASE WHEN json = '' THEN 'of its one report: ' || (SELECT r.document_id || ' ' || r.local_id FROM event_reports r WHERE r.event_id = events.id)
            ELSE json END FROM events ORDER BY id;
SELECT 'report', document_id, local_id, event_id, seq, ordinal, family, date_from, date_to, geoname_id, lat, lon, reason, json FROM event_reports ORDER BY seq, ordinal;
SELECT 'alias', alias, event_id FROM event_aliases ORDER BY alias;
SELECT 'claim', id, document_id, local_id, seq, ordinal, geoname_id, place_key, side, kind, stance, date_from, date_to, outlet, published, json FROM claims ORDER BY seq, ordinal;
SELECT 'link', c.id, o.id, CASE l.relation WHEN 0 THEN 'contradicts' WHEN 1 THEN 'corroborates' END, l.reason
       FROM claim_links l JOIN claims c ON c.seq = l.seq AND c.ordinal = l.ordinal JOIN claims o ON o.seq = l.other_seq AND o.ordinal = l.other_ordinal
       ORDER BY l.seq, l.ordinal, l.other_seq, l.other_ordinal, l.relation;
SELECT 'fts', rowid, title, text FROM documents_fts ORDER BY rowid;
SELECT 'fts-check', count(*) FROM documents_fts WHERE documents_fts MATCH 'shelling OR drone OR обстріл';
SQL
