-- An import into an empty or small archive drops the indexes of the tables it fills and builds them again at its end:
-- building an index from sorted rows costs far less than keeping it up to date row by row. Each dropped index waits
-- here with the SQL that makes it, so that an import stopped halfway (a crash, a kill) leaves a record: the next
-- import builds them first.
CREATE TABLE deferred_indexes (
    name TEXT PRIMARY KEY,
    sql TEXT NOT NULL
);
