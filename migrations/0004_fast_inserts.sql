-- Faster imports. A CHECK with `IN (…)` makes SQLite build a temporary table for every row it checks, which cost
-- more than the insert itself; the same checks are written with `OR`. Indexes on columns that most rows leave NULL
-- (the speaker's person, an act's target, a mention's country) become partial, so a row enters only the indexes
-- that can find it. Queries that compare the column (`person_id = ?`, `IN (…)`) use them as before.
-- The tables are rebuilt in SQLite's documented way (new table, copy, drop, rename), the views around them
-- dropped and made again unchanged.

DROP VIEW v_statements;
DROP VIEW v_officials;
DROP VIEW v_events;

-- statements
CREATE TABLE statements_new (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind = 'direct' OR kind = 'partial' OR kind = 'indirect'),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    cue TEXT,
    cue_lemma TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    -- The speaker as resolved: a person's full name, an institution or country, or an anonymous description.
    speaker TEXT,
    speaker_kind TEXT CHECK (speaker_kind = 'person' OR speaker_kind = 'organization' OR speaker_kind = 'country' OR speaker_kind = 'anonymous'),
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    country_code TEXT REFERENCES countries(code),
    -- The office the person held when the article was published, when known.
    office_id INTEGER REFERENCES offices(id) ON DELETE SET NULL,
    -- The mention in the statement's sentence that names the speaker (pronoun and surname included).
    speaker_mention TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    -- The sentence(s) that frame the statement.
    context TEXT NOT NULL,
    context_start INTEGER NOT NULL,
    context_end INTEGER NOT NULL,
    -- The extraction rule that found it.
    rule TEXT NOT NULL
);
INSERT INTO statements_new SELECT * FROM statements;
DROP TABLE statements;
ALTER TABLE statements_new RENAME TO statements;
CREATE INDEX statements_article ON statements(article_id);
CREATE INDEX statements_person ON statements(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX statements_organization ON statements(organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX statements_country ON statements(country_code) WHERE country_code IS NOT NULL;
CREATE INDEX statements_office ON statements(office_id) WHERE office_id IS NOT NULL;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, context) VALUES ('delete', old.id, old.text, old.context);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text, context ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, context) VALUES ('delete', old.id, old.text, old.context);
    INSERT INTO statements_fts(rowid, text, context) VALUES (new.id, new.text, new.context);
END;

-- mentions
CREATE TABLE mentions_new (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind = 'person' OR kind = 'country' OR kind = 'organization' OR kind = 'place'),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    country_code TEXT REFERENCES countries(code),
    organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    place TEXT
);
INSERT INTO mentions_new SELECT * FROM mentions;
DROP TABLE mentions;
ALTER TABLE mentions_new RENAME TO mentions;
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_person ON mentions(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX mentions_country ON mentions(country_code) WHERE country_code IS NOT NULL;
CREATE INDEX mentions_organization ON mentions(organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX mentions_place ON mentions(place COLLATE NOCASE) WHERE place IS NOT NULL;

-- statement_topics
CREATE TABLE statement_topics_new (
    id INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind = 'place' OR kind = 'country' OR kind = 'organization' OR kind = 'person' OR kind = 'event' OR kind = 'term'),
    -- What it names as written or normalized: a place name, a country code, a term.
    label TEXT NOT NULL,
    country_code TEXT REFERENCES countries(code),
    organization_id INTEGER REFERENCES organizations(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
    event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
    -- Where the link came from: 'statement' (the words themselves), 'context' (the framing sentence).
    origin TEXT NOT NULL CHECK (origin = 'statement' OR origin = 'context' OR origin = 'paragraph'),
    weight REAL NOT NULL DEFAULT 1.0
);
INSERT INTO statement_topics_new SELECT * FROM statement_topics;
DROP TABLE statement_topics;
ALTER TABLE statement_topics_new RENAME TO statement_topics;
CREATE INDEX statement_topics_statement ON statement_topics(statement_id);
CREATE INDEX statement_topics_country ON statement_topics(country_code) WHERE country_code IS NOT NULL;
CREATE INDEX statement_topics_organization ON statement_topics(organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX statement_topics_person ON statement_topics(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX statement_topics_event ON statement_topics(event_id) WHERE event_id IS NOT NULL;
CREATE INDEX statement_topics_label ON statement_topics(kind, label COLLATE NOCASE);

-- statement_acts
CREATE TABLE statement_acts_new (
    id INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    act TEXT NOT NULL,
    cameo TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin = 'cue' OR origin = 'words' OR origin = 'default'),
    target_kind TEXT CHECK (target_kind = 'person' OR target_kind = 'country' OR target_kind = 'organization'),
    target TEXT,
    target_country_code TEXT REFERENCES countries(code),
    target_organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    target_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    target_start INTEGER,
    target_end INTEGER,
    UNIQUE (statement_id, position)
);
INSERT INTO statement_acts_new SELECT * FROM statement_acts;
DROP TABLE statement_acts;
ALTER TABLE statement_acts_new RENAME TO statement_acts;
CREATE INDEX statement_acts_act ON statement_acts(act);
CREATE INDEX statement_acts_target_country ON statement_acts(target_country_code) WHERE target_country_code IS NOT NULL;
CREATE INDEX statement_acts_target_organization ON statement_acts(target_organization_id) WHERE target_organization_id IS NOT NULL;
CREATE INDEX statement_acts_target_person ON statement_acts(target_person_id) WHERE target_person_id IS NOT NULL;

-- event_participants
CREATE TABLE event_participants_new (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind = 'person' OR kind = 'country' OR kind = 'organization'),
    label TEXT NOT NULL,
    country_code TEXT REFERENCES countries(code),
    organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    PRIMARY KEY (event_id, kind, label)
);
INSERT INTO event_participants_new SELECT * FROM event_participants;
DROP TABLE event_participants;
ALTER TABLE event_participants_new RENAME TO event_participants;
CREATE INDEX event_participants_country ON event_participants(country_code) WHERE country_code IS NOT NULL;
CREATE INDEX event_participants_organization ON event_participants(organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX event_participants_person ON event_participants(person_id) WHERE person_id IS NOT NULL;

CREATE VIEW v_officials AS
SELECT
    o.id AS id,
    p.name AS name,
    o.role AS role,
    o.country_code AS country,
    org.name AS organization,
    o.is_former AS former,
    o.first_seen_on AS first_seen,
    o.last_seen_on AS last_seen,
    (SELECT count(*) FROM statements s WHERE s.person_id = p.id) AS statements
FROM offices o
JOIN people p ON p.id = o.person_id
LEFT JOIN organizations org ON org.id = o.organization_id;

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
