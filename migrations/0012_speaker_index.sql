-- Speakers found by description, fast in a large archive.
--
-- `ask` finds a speaker by how the articles describe them (`a State Department official`) with an FTS5 query on the
-- description. In `statements_fts` that description is one column of four, and a query on one column still reads
-- its words' positions in every column: `state` and `department` are in a large share of statements' own words, so
-- the search read most of the index (tens of milliseconds at a million statements, several times an answer). This
-- index holds the descriptions alone, with the same tokenizer, so a search reads the descriptions' words only. It
-- keeps no column sizes: nothing ranks on it.
CREATE VIRTUAL TABLE speakers_fts USING fts5(
    speaker, content = 'statements_search', content_rowid = 'id', columnsize = 0,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO speakers_fts(speakers_fts) VALUES ('rebuild');

-- Every statement is in the index (one without a description as an empty row), so a delete always removes what an
-- insert put there. The importer indexes each batch of new statements in one statement, as for `statements_fts`.
CREATE TRIGGER speakers_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO speakers_fts(speakers_fts, rowid, speaker) VALUES ('delete', old.id, old.speaker_description);
END;
CREATE TRIGGER speakers_fts_update AFTER UPDATE OF speaker_description ON statements BEGIN
    INSERT INTO speakers_fts(speakers_fts, rowid, speaker) VALUES ('delete', old.id, old.speaker_description);
    INSERT INTO speakers_fts(rowid, speaker) VALUES (new.id, new.speaker_description);
END;

-- A person described so in any article is found with all their statements. Which people a description fits is
-- read from each person's descriptions, one row for each they were given, not from every statement described: in a
-- large archive a description such as `economist` fits tens of thousands of statements but a few hundred people.
-- The importer adds each batch's pairs in one statement; a statement moved to another person (two names found to be
-- one) gives that person its description.
CREATE TABLE person_descriptions (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    UNIQUE (person_id, description)
);
CREATE VIRTUAL TABLE person_descriptions_fts USING fts5(
    speaker, content = 'person_descriptions_search', content_rowid = 'id', columnsize = 0,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIEW person_descriptions_search AS SELECT id, description AS speaker FROM person_descriptions;
CREATE TRIGGER person_descriptions_fts_insert AFTER INSERT ON person_descriptions BEGIN
    INSERT INTO person_descriptions_fts(rowid, speaker) VALUES (new.id, new.description);
END;
CREATE TRIGGER person_descriptions_fts_delete AFTER DELETE ON person_descriptions BEGIN
    INSERT INTO person_descriptions_fts(person_descriptions_fts, rowid, speaker) VALUES ('delete', old.id, old.description);
END;
CREATE TRIGGER statements_person_described AFTER UPDATE OF person_id, speaker_description ON statements
WHEN new.person_id IS NOT NULL AND new.speaker_description IS NOT NULL BEGIN
    INSERT OR IGNORE INTO person_descriptions(person_id, description) VALUES (new.person_id, new.speaker_description);
END;
INSERT INTO person_descriptions(person_id, description)
SELECT DISTINCT person_id, speaker_description FROM statements
WHERE person_id IS NOT NULL AND speaker_description IS NOT NULL ORDER BY 1, 2;
