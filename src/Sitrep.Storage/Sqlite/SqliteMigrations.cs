using Sitrep.Storage.Relational;

namespace Sitrep.Storage.Sqlite;

internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "initial schema", """
            CREATE TABLE documents (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                title TEXT, url TEXT, outlet TEXT, published TEXT,
                language TEXT NOT NULL, medium TEXT, origin TEXT,
                added_at TEXT NOT NULL,
                event_count INTEGER NOT NULL, claim_count INTEGER NOT NULL,
                text TEXT NOT NULL,
                extraction TEXT NOT NULL);
            CREATE INDEX ix_documents_published ON documents (published, id);

            CREATE TABLE events (
                id TEXT PRIMARY KEY,
                first_seq INTEGER NOT NULL,
                type TEXT NOT NULL, subtype TEXT NOT NULL,
                date_from TEXT, date_to TEXT,
                geoname_id INTEGER, place_key TEXT,
                json TEXT NOT NULL);
            CREATE INDEX ix_events_date ON events (date_from, id);
            CREATE INDEX ix_events_geoname ON events (geoname_id);
            CREATE INDEX ix_events_place ON events (place_key);

            CREATE TABLE event_reports (
                document_id TEXT NOT NULL REFERENCES documents (id),
                local_id TEXT NOT NULL,
                event_id TEXT NOT NULL,
                seq INTEGER NOT NULL, ordinal INTEGER NOT NULL,
                family TEXT NOT NULL,
                date_from TEXT, date_to TEXT,
                geoname_id INTEGER, lat REAL, lon REAL,
                reason TEXT NOT NULL,
                json TEXT NOT NULL,
                PRIMARY KEY (document_id, local_id));
            CREATE INDEX ix_event_reports_event ON event_reports (event_id);
            CREATE INDEX ix_event_reports_match ON event_reports (family, date_from);

            CREATE TABLE claims (
                id TEXT PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents (id),
                local_id TEXT NOT NULL,
                seq INTEGER NOT NULL, ordinal INTEGER NOT NULL,
                geoname_id INTEGER, place_key TEXT,
                side TEXT, kind TEXT NOT NULL, stance TEXT NOT NULL,
                date_from TEXT, date_to TEXT,
                outlet TEXT, published TEXT,
                json TEXT NOT NULL,
                UNIQUE (document_id, local_id));
            CREATE INDEX ix_claims_geoname ON claims (geoname_id);
            CREATE INDEX ix_claims_place ON claims (place_key);

            CREATE TABLE claim_links (
                claim_id TEXT NOT NULL, other_id TEXT NOT NULL,
                relation TEXT NOT NULL, reason TEXT NOT NULL,
                PRIMARY KEY (claim_id, other_id, relation));

            CREATE TABLE quarantine (
                location TEXT NOT NULL, code TEXT NOT NULL,
                message TEXT NOT NULL, source TEXT, line INTEGER, byte_offset INTEGER,
                recorded_at TEXT NOT NULL,
                PRIMARY KEY (location, code));

            CREATE VIRTUAL TABLE documents_fts USING fts5 (
                title, text, content = 'documents', content_rowid = 'seq', tokenize = 'porter unicode61');
            """),
        new(2, "ids of events merged into others", """
            CREATE TABLE event_aliases (
                alias TEXT PRIMARY KEY,
                event_id TEXT NOT NULL);
            CREATE INDEX ix_event_aliases_event ON event_aliases (event_id);
            """),
        new(3, "indexes that answer reconciliation's window queries without reading rows", """
            CREATE INDEX ix_event_reports_window ON event_reports (family, date_from, date_to, geoname_id, lat, lon);
            CREATE INDEX ix_claims_window ON claims (geoname_id, date_from, date_to, side);
            """),
        new(4, "the dates that bound what may join an event", """
            ALTER TABLE events ADD COLUMN latest_from TEXT;
            ALTER TABLE events ADD COLUMN earliest_to TEXT;
            ALTER TABLE events ADD COLUMN named_day TEXT;
            UPDATE events SET
                latest_from = (SELECT MAX(r.date_from) FROM event_reports r WHERE r.event_id = events.id),
                earliest_to = (SELECT MIN(r.date_to) FROM event_reports r WHERE r.event_id = events.id);
            """),
        new(5, "indexes that are a prefix of the window indexes dropped (every stored report and claim updated them for nothing)", """
            DROP INDEX IF EXISTS ix_event_reports_match;
            DROP INDEX IF EXISTS ix_claims_geoname;
            """),
        new(6, "claims with one key, the document and the claim's id in it (the store-wide id is derived from them; its own unique index was read by no query)", """
            -- claim links keep their table and key: as one WITHOUT ROWID table (12 MB less at 4,000 documents a few
            -- hundred a day) every transaction dirtied a third more pages, the links' keys being random
            CREATE TABLE claims_keyed (
                id TEXT NOT NULL,
                document_id TEXT NOT NULL REFERENCES documents (id),
                local_id TEXT NOT NULL,
                seq INTEGER NOT NULL, ordinal INTEGER NOT NULL,
                geoname_id INTEGER, place_key TEXT,
                side TEXT, kind TEXT NOT NULL, stance TEXT NOT NULL,
                date_from TEXT, date_to TEXT,
                outlet TEXT, published TEXT,
                json TEXT NOT NULL,
                PRIMARY KEY (document_id, local_id));
            INSERT INTO claims_keyed (id, document_id, local_id, seq, ordinal, geoname_id, place_key, side, kind, stance,
                                      date_from, date_to, outlet, published, json)
                SELECT id, document_id, local_id, seq, ordinal, geoname_id, place_key, side, kind, stance,
                       date_from, date_to, outlet, published, json
                FROM claims ORDER BY seq, ordinal;
            DROP TABLE claims;
            ALTER TABLE claims_keyed RENAME TO claims;
            CREATE INDEX ix_claims_place ON claims (place_key);
            CREATE INDEX ix_claims_window ON claims (geoname_id, date_from, date_to, side);
            """),
        new(7, "the extraction stored without the parts kept elsewhere (text, claims, events); existing rows keep theirs", """
            ALTER TABLE documents ADD COLUMN extraction_omits INTEGER NOT NULL DEFAULT 0;
            """),
        new(8, "an event of one report keeps no JSON of its own (empty): readers merge its report; rows stored earlier keep theirs", """
            -- no column changes: the version tells that an empty events.json means the event of its one report, which a
            -- build before this one would not read
            SELECT 1;
            """),
        new(9, "claim links under the claims' places in ingest order, each once (newer claim, older claim), their relation a code", """
            -- a link's key was two claims' hash ids, stored both ways: each transaction's reverse links landed at random
            -- pages of an index that grew with the store. Now a new claim's links go at the end of the table's key and
            -- the other direction's index takes them in the window's last days. Relation 0 = contradicts, 1 = corroborates.
            CREATE INDEX ix_claims_id ON claims (id);
            CREATE INDEX ix_claims_position ON claims (seq, ordinal);
            CREATE TABLE claim_links_placed (
                seq INTEGER NOT NULL, ordinal INTEGER NOT NULL,
                other_seq INTEGER NOT NULL, other_ordinal INTEGER NOT NULL,
                relation INTEGER NOT NULL, reason TEXT NOT NULL,
                PRIMARY KEY (seq, ordinal, other_seq, other_ordinal, relation)) WITHOUT ROWID;
            INSERT OR IGNORE INTO claim_links_placed (seq, ordinal, other_seq, other_ordinal, relation, reason)
                SELECT CASE WHEN newer THEN a_seq ELSE b_seq END, CASE WHEN newer THEN a_ordinal ELSE b_ordinal END,
                       CASE WHEN newer THEN b_seq ELSE a_seq END, CASE WHEN newer THEN b_ordinal ELSE a_ordinal END,
                       relation, reason
                FROM (SELECT a.seq AS a_seq, a.ordinal AS a_ordinal, b.seq AS b_seq, b.ordinal AS b_ordinal,
                             (a.seq > b.seq OR (a.seq = b.seq AND a.ordinal >= b.ordinal)) AS newer,
                             CASE l.relation WHEN 'contradicts' THEN 0 WHEN 'corroborates' THEN 1 END AS relation, l.reason AS reason
                      FROM claim_links l JOIN claims a ON a.id = l.claim_id JOIN claims b ON b.id = l.other_id)
                ORDER BY NOT newer, 1, 2, 3, 4, 5;
            DROP TABLE claim_links;
            ALTER TABLE claim_links_placed RENAME TO claim_links;
            CREATE INDEX ix_claim_links_other ON claim_links (other_seq, other_ordinal);
            """),
    ];
}
