-- Statement acts: what each statement does (CAMEO-coded), and at whom; events with end dates and participants.

-- The act taxonomy, mirrored from data/acts.tsv.
CREATE TABLE acts (
    act TEXT PRIMARY KEY,
    cameo TEXT NOT NULL,
    cameo_root TEXT NOT NULL,
    label TEXT NOT NULL
);

-- Each act a statement performs; position 0 is its main act. The target is the person, country or organization
-- the act is aimed at, when the text names one (its offsets are in the article, in Unicode scalars).
CREATE TABLE statement_acts (
    id INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    act TEXT NOT NULL,
    cameo TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('cue', 'words', 'default')),
    target_kind TEXT CHECK (target_kind IN ('person', 'country', 'organization')),
    target TEXT,
    target_country_code TEXT REFERENCES countries(code),
    target_organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    target_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    target_start INTEGER,
    target_end INTEGER,
    UNIQUE (statement_id, position)
);
CREATE INDEX statement_acts_act ON statement_acts(act);
CREATE INDEX statement_acts_target_country ON statement_acts(target_country_code);
CREATE INDEX statement_acts_target_organization ON statement_acts(target_organization_id);
CREATE INDEX statement_acts_target_person ON statement_acts(target_person_id);

-- v_statements gains the main act and its target.
DROP VIEW v_statements;
CREATE VIEW v_statements AS
SELECT
    s.id AS id,
    a.name AS article,
    a.origin AS origin,
    a.published_on AS published_on,
    s.kind AS kind,
    s.text AS text,
    s.start AS start,
    s."end" AS "end",
    s.cue AS cue,
    s.speaker AS speaker,
    s.speaker_kind AS speaker_kind,
    s.speaker_start AS speaker_start,
    s.speaker_end AS speaker_end,
    o.role AS speaker_role,
    coalesce(o.country_code, s.country_code) AS speaker_country,
    coalesce(oo.name, so.name) AS speaker_organization,
    sa.act AS act,
    sa.cameo AS act_cameo,
    sa.target AS act_target,
    s.context AS context,
    a.title AS title,
    src.name AS source
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN offices o ON o.id = s.office_id
LEFT JOIN organizations oo ON oo.id = o.organization_id
LEFT JOIN organizations so ON so.id = s.organization_id
LEFT JOIN statement_acts sa ON sa.statement_id = s.id AND sa.position = 0
LEFT JOIN sources src ON src.id = a.source_id;

-- Events: when they end (`suspended until February 25`), and who took part.
ALTER TABLE events ADD COLUMN until TEXT;
CREATE INDEX events_date ON events(date);

CREATE TABLE event_participants (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'country', 'organization')),
    label TEXT NOT NULL,
    country_code TEXT REFERENCES countries(code),
    organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    PRIMARY KEY (event_id, kind, label)
);
CREATE INDEX event_participants_country ON event_participants(country_code);
CREATE INDEX event_participants_organization ON event_participants(organization_id);
CREATE INDEX event_participants_person ON event_participants(person_id);

-- One row per event: where and when, how many articles report it and statements are about it, and who took part.
CREATE VIEW v_events AS
SELECT
    e.id AS id,
    e.kind AS kind,
    e.name AS name,
    e.place AS place,
    e.country_code AS country,
    e.date AS date,
    e.until AS until,
    (SELECT count(*) FROM event_articles ea WHERE ea.event_id = e.id) AS articles,
    (SELECT count(DISTINCT t.statement_id) FROM statement_topics t WHERE t.event_id = e.id) AS statements,
    (SELECT group_concat(p.label, '; ') FROM event_participants p WHERE p.event_id = e.id) AS participants
FROM events e;

-- Full text: the importer indexes each batch of statements in one statement. A trigger row by row made FTS5 write a
-- segment for every statement (it flushes at each statement's savepoint), which was most of the import's time.
DROP TRIGGER statements_fts_insert;
