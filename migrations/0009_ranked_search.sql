-- Questions as people ask them: ranked full-text search with stemming, and speakers found by how articles describe them.
--
-- Each statement keeps the article's description of its speaker (`speaker_description`): for a person, the words
-- around their name anywhere in the article ("a senior fellow at the Brookings Institution", "Sorbonne professor"),
-- for an unnamed speaker the phrase that stands for them ("a Senate aide"), for an institution or a country the
-- words that named it. `ask` finds a speaker by those words when no name, office, country or organization fits.
ALTER TABLE statements ADD COLUMN speaker_description TEXT;

-- The full-text index moves to the Porter stemmer (`sanctions` finds `sanction`, `warned` finds `warn`) and gains the
-- article's title and the speaker's description as columns, so that `ask` ranks a statement by its words, its
-- context and its article's title (bm25, weighted in that order) and finds a speaker by description. Its content is
-- the view below; the triggers keep it in step when statements or titles change. The importer indexes each batch of
-- new statements in one statement (see 0002).
DROP TRIGGER statements_fts_delete;
DROP TRIGGER statements_fts_update;
DROP TABLE statements_fts;

CREATE VIEW statements_search AS
SELECT s.id AS id, s.text AS text, s.context AS context, a.title AS title, s.speaker_description AS speaker
FROM statements s JOIN articles a ON a.id = s.article_id;

CREATE VIRTUAL TABLE statements_fts USING fts5(
    text, context, title, speaker, content = 'statements_search', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');

-- A statement deleted on its own leaves the index with its article's title; one deleted with its article (a cascade,
-- after the article is gone) was taken out of the index before, by the article's trigger.
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements
WHEN EXISTS (SELECT 1 FROM articles WHERE id = old.article_id) BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, context, title, speaker)
    SELECT 'delete', old.id, old.text, old.context, a.title, old.speaker_description FROM articles a WHERE a.id = old.article_id;
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text, context, speaker_description ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, context, title, speaker)
    SELECT 'delete', old.id, old.text, old.context, a.title, old.speaker_description FROM articles a WHERE a.id = old.article_id;
    INSERT INTO statements_fts(rowid, text, context, title, speaker)
    SELECT new.id, new.text, new.context, a.title, new.speaker_description FROM articles a WHERE a.id = new.article_id;
END;
CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, context, title, speaker)
    SELECT 'delete', s.id, s.text, s.context, old.title, s.speaker_description FROM statements s WHERE s.article_id = old.id;
END;
CREATE TRIGGER articles_fts_title AFTER UPDATE OF title ON articles BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, context, title, speaker)
    SELECT 'delete', s.id, s.text, s.context, old.title, s.speaker_description FROM statements s WHERE s.article_id = old.id;
    INSERT INTO statements_fts(rowid, text, context, title, speaker)
    SELECT s.id, s.text, s.context, new.title, s.speaker_description FROM statements s WHERE s.article_id = new.id;
END;

-- The view of statements shows the description too.
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
    s.speaker_description AS speaker_description,
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
