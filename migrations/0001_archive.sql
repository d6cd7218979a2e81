-- Verbatim archive schema, version 1.
-- Offsets (start, end, *_start, *_end) count Unicode scalars into articles.text, so that
-- substr(articles.text, start + 1, "end" - start) returns the span in the sqlite3 shell.
-- Dates are ISO 8601 text: YYYY-MM-DD for published_on, YYYY-MM-DDTHH:MM:SSZ for times.

-- Countries: ISO 3166-1, alpha-3 code as key. Filled from data/countries.tsv and data/country_aliases.tsv.
CREATE TABLE countries (
    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 3),
    alpha2 TEXT NOT NULL UNIQUE CHECK (length(alpha2) = 2),
    name TEXT NOT NULL,
    iso_name TEXT NOT NULL,
    official_name TEXT
);

-- Other names: short, name, abbreviation, demonym, capital, seat (the Kremlin, the White House).
CREATE TABLE country_aliases (
    country_code TEXT NOT NULL REFERENCES countries(code) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('short', 'name', 'abbreviation', 'demonym', 'capital', 'seat')),
    alias TEXT NOT NULL,
    PRIMARY KEY (alias, country_code, kind)
);
CREATE INDEX country_aliases_country ON country_aliases(country_code);

-- Organizations, from data/organizations.tsv (key set) and from articles (key NULL).
CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    key TEXT UNIQUE,
    name TEXT NOT NULL,
    acronym TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('intergovernmental', 'government body', 'news agency', 'party',
                                       'armed group', 'company', 'other')),
    parent_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    country_code TEXT REFERENCES countries(code),
    head_role TEXT
);
CREATE INDEX organizations_parent ON organizations(parent_id);
CREATE INDEX organizations_country ON organizations(country_code);
CREATE INDEX organizations_name ON organizations(name COLLATE NOCASE);

CREATE TABLE organization_aliases (
    organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (alias, organization_id)
);
CREATE INDEX organization_aliases_organization ON organization_aliases(organization_id);

-- Publishers and wire agencies.
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL
);
CREATE INDEX sources_organization ON sources(organization_id);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    -- SHA-256 of the text as stored, in hex: the same content is stored once.
    content_hash TEXT NOT NULL UNIQUE,
    -- The base file name or JSONL id: what exports call `article`.
    name TEXT NOT NULL,
    -- The file path, or the archive path and member (`archive.jsonl#12` or `archive.jsonl#id`).
    origin TEXT NOT NULL,
    source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    title TEXT,
    lead TEXT,
    byline TEXT,
    dateline TEXT,
    published_on TEXT CHECK (published_on IS NULL OR published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    url TEXT,
    text TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_published_on ON articles(published_on);
CREATE INDEX articles_name ON articles(name);

-- People: one row per person. folded_name is the first full name seen, folded for case and diacritics
-- (Francois = François); match_name drops initials and suffixes (John F. Kerry = John Kerry); surname is its last word.
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    folded_name TEXT NOT NULL UNIQUE,
    match_name TEXT NOT NULL,
    surname TEXT NOT NULL
);
CREATE INDEX people_match_name ON people(match_name);
CREATE INDEX people_surname ON people(surname);

-- Offices held, with the first and last published_on of the articles that showed them.
CREATE TABLE offices (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    country_code TEXT REFERENCES countries(code),
    organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    is_former INTEGER NOT NULL DEFAULT 0 CHECK (is_former IN (0, 1)),
    first_seen_on TEXT,
    last_seen_on TEXT,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX offices_identity ON offices(person_id, role, ifnull(country_code, ''), ifnull(organization_id, 0), is_former);
CREATE INDEX offices_person ON offices(person_id);
CREATE INDEX offices_country ON offices(country_code);
CREATE INDEX offices_organization ON offices(organization_id);
CREATE INDEX offices_article ON offices(article_id);
CREATE INDEX offices_role ON offices(role);

-- Recognized people, countries, organizations and places in articles.
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'country', 'organization', 'place')),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    country_code TEXT REFERENCES countries(code),
    organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
    place TEXT
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_person ON mentions(person_id);
CREATE INDEX mentions_country ON mentions(country_code);
CREATE INDEX mentions_organization ON mentions(organization_id);
CREATE INDEX mentions_place ON mentions(place COLLATE NOCASE);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT,
    place TEXT,
    country_code TEXT REFERENCES countries(code),
    date TEXT
);
CREATE INDEX events_country ON events(country_code);
CREATE INDEX events_kind_place ON events(kind, place);

CREATE TABLE event_articles (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER,
    "end" INTEGER,
    PRIMARY KEY (event_id, article_id)
);
CREATE INDEX event_articles_article ON event_articles(article_id);

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    cue TEXT,
    cue_lemma TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    -- The speaker as resolved: a person's full name, an institution or country, or an anonymous description.
    speaker TEXT,
    speaker_kind TEXT CHECK (speaker_kind IN ('person', 'organization', 'country', 'anonymous')),
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
CREATE INDEX statements_article ON statements(article_id);
CREATE INDEX statements_person ON statements(person_id);
CREATE INDEX statements_organization ON statements(organization_id);
CREATE INDEX statements_country ON statements(country_code);
CREATE INDEX statements_office ON statements(office_id);

-- What a statement is about.
CREATE TABLE statement_topics (
    id INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('place', 'country', 'organization', 'person', 'event', 'term')),
    -- What it names as written or normalized: a place name, a country code, a term.
    label TEXT NOT NULL,
    country_code TEXT REFERENCES countries(code),
    organization_id INTEGER REFERENCES organizations(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
    event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
    -- Where the link came from: 'statement' (the words themselves), 'context' (the framing sentence).
    origin TEXT NOT NULL CHECK (origin IN ('statement', 'context', 'paragraph')),
    weight REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX statement_topics_statement ON statement_topics(statement_id);
CREATE INDEX statement_topics_country ON statement_topics(country_code);
CREATE INDEX statement_topics_organization ON statement_topics(organization_id);
CREATE INDEX statement_topics_person ON statement_topics(person_id);
CREATE INDEX statement_topics_event ON statement_topics(event_id);
CREATE INDEX statement_topics_label ON statement_topics(kind, label COLLATE NOCASE);

-- Full-text search over statements and their context, kept in sync by triggers.
CREATE VIRTUAL TABLE statements_fts USING fts5(
    text, context, content = 'statements', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text, context) VALUES (new.id, new.text, new.context);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, context) VALUES ('delete', old.id, old.text, old.context);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text, context ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, context) VALUES ('delete', old.id, old.text, old.context);
    INSERT INTO statements_fts(rowid, text, context) VALUES (new.id, new.text, new.context);
END;

-- Canned queries in the manner of Datasette: SQL with :named parameters, or a question for `ask`.
CREATE TABLE saved_queries (
    name TEXT PRIMARY KEY NOT NULL,
    description TEXT,
    sql TEXT,
    question TEXT,
    created_at TEXT NOT NULL,
    CHECK ((sql IS NULL) <> (question IS NULL))
);

-- Archive-wide settings, such as the fingerprint of the gazetteer last loaded.
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- One row per statement, with the columns of `verbatim export statements`, plus title and source.
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
    s.context AS context,
    a.title AS title,
    src.name AS source
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN offices o ON o.id = s.office_id
LEFT JOIN organizations oo ON oo.id = o.organization_id
LEFT JOIN organizations so ON so.id = s.organization_id
LEFT JOIN sources src ON src.id = a.source_id;

-- One row per office held.
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
