using Sitrep.Storage.Relational;

namespace Sitrep.Storage.Postgres;

internal static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "initial schema", """
            CREATE TABLE documents (
                seq BIGINT PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                title TEXT, url TEXT, outlet TEXT, published TEXT,
                language TEXT NOT NULL, medium TEXT, origin TEXT,
                added_at TEXT NOT NULL,
                event_count BIGINT NOT NULL, claim_count BIGINT NOT NULL,
                text TEXT NOT NULL,
                extraction TEXT NOT NULL,
                search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED);
            CREATE INDEX ix_documents_published ON documents (published, id);
            CREATE INDEX ix_documents_search ON documents USING GIN (search);

            CREATE TABLE events (
                id TEXT PRIMARY KEY,
                first_seq BIGINT NOT NULL,
                type TEXT NOT NULL, subtype TEXT NOT NULL,
                date_from TEXT, date_to TEXT,
                geoname_id BIGINT, place_key TEXT,
                json TEXT NOT NULL);
            CREATE INDEX ix_events_date ON events (date_from, id);
            CREATE INDEX ix_events_geoname ON events (geoname_id);
            CREATE INDEX ix_events_place ON events (place_key);

            CREATE TABLE event_reports (
                document_id TEXT NOT NULL REFERENCES documents (id),
                local_id TEXT NOT NULL,
                event_id TEXT NOT NULL,
                seq BIGINT NOT NULL, ordinal BIGINT NOT NULL,
                family TEXT NOT NULL,
                date_from TEXT, date_to TEXT,
                geoname_id BIGINT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
                reason TEXT NOT NULL,
                json TEXT NOT NULL,
                PRIMARY KEY (document_id, local_id));
            CREATE INDEX ix_event_reports_event ON event_reports (event_id);
            CREATE INDEX ix_event_reports_match ON event_reports (family, date_from);

            CREATE TABLE claims (
                id TEXT PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents (id),
                local_id TEXT NOT NULL,
                seq BIGINT NOT NULL, ordinal BIGINT NOT NULL,
                geoname_id BIGINT, place_key TEXT,
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
                message TEXT NOT NULL, source TEXT, line BIGINT, byte_offset BIGINT,
                recorded_at TEXT NOT NULL,
                PRIMARY KEY (location, code));
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
            ALTER TABLE claims DROP CONSTRAINT IF EXISTS claims_pkey;
            ALTER TABLE claims DROP CONSTRAINT IF EXISTS claims_document_id_local_id_key;
            ALTER TABLE claims ALTER COLUMN id SET NOT NULL;
            ALTER TABLE claims ADD PRIMARY KEY (document_id, local_id);
            """),
        new(7, "the extraction stored without the parts kept elsewhere (text, claims, events); existing rows keep theirs", """
            ALTER TABLE documents ADD COLUMN extraction_omits BIGINT NOT NULL DEFAULT 0;
            """),
        new(8, "an event of one report keeps no JSON of its own (empty): readers merge its report; rows stored earlier keep theirs", """
            -- no column changes: the version tells that an empty events.json means the event of its one report, which a
            -- build before this one would not read
            SELECT 1;
            """),
        new(9, "claim links under the claims' places in ingest order, each once (newer claim, older claim), their relation a code", """
            -- see the SQLite migration of the same version; relation 0 = contradicts, 1 = corroborates
            CREATE INDEX ix_claims_id ON claims (id);
            CREATE INDEX ix_claims_position ON claims (seq, ordinal);
            CREATE TABLE claim_links_placed (
                seq BIGINT NOT NULL, ordinal BIGINT NOT NULL,
                other_seq BIGINT NOT NULL, other_ordinal BIGINT NOT NULL,
                relation SMALLINT NOT NULL, reason TEXT NOT NULL,
                PRIMARY KEY (seq, ordinal, other_seq, other_ordinal, relation));
            INSERT INTO claim_links_placed (seq, ordinal, other_seq, other_ordinal, relation, reason)
                SELECT CASE WHEN newer THEN a_seq ELSE b_seq END, CASE WHEN newer THEN a_ordinal ELSE b_ordinal END,
                       CASE WHEN newer THEN b_seq ELSE a_seq END, CASE WHEN newer THEN b_ordinal ELSE a_ordinal END,
                       relation, reason
                FROM (SELECT a.seq AS a_seq, a.ordinal AS a_ordinal, b.seq AS b_seq, b.ordinal AS b_ordinal,
                             (a.seq > b.seq OR (a.seq = b.seq AND a.ordinal >= b.ordinal)) AS newer,
                             CASE l.relation WHEN 'contradicts' THEN 0 WHEN 'corroborates' THEN 1 END AS relation, l.reason AS reason
                      FROM claim_links l JOIN claims a ON a.id = l.claim_id JOIN claims b ON b.id = l.other_id) AS l
                ORDER BY NOT newer, 1, 2, 3, 4, 5
                ON CONFLICT DO NOTHING;
            DROP TABLE claim_links;
            ALTER TABLE claim_links_placed RENAME TO claim_links;
            ALTER INDEX claim_links_placed_pkey RENAME TO claim_links_pkey;
            CREATE INDEX ix_claim_links_other ON claim_links (other_seq, other_ordinal);
            """),
    ];
}
