-- Events by kind and name, for questions about an event named in a few words (`the Geneva talks`).
--
-- `ask` links a topic to the events of its kind whose place or name has the topic's other words (`place LIKE '%…%'`).
-- The place is in `events_kind_place`, so rows without one are never read; the name was read from the table for every
-- event of the kind (tens of thousands of elections in a large archive, about 10 ms a question). Most events have no
-- name: this index holds only those that do, with the name, so the search reads them alone.
CREATE INDEX events_kind_name ON events(kind, name) WHERE name IS NOT NULL;
