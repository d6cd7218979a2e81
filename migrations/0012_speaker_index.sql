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
