-- Newest first, read off an index. Each statement carries its article's `published_on`, kept equal by a trigger, so
-- that `what did X say` walks X's statements from the newest and stops after the rows it shows, instead of reading
-- and sorting every statement X ever made. The indexes on a statement's speaker, office, organization and country
-- gain the date for the same reason; the country index also carries the office, whose country comes first.

ALTER TABLE statements ADD COLUMN published_on TEXT;
UPDATE statements SET published_on = (SELECT a.published_on FROM articles a WHERE a.id = statements.article_id);

CREATE TRIGGER articles_published_on AFTER UPDATE OF published_on ON articles BEGIN
    UPDATE statements SET published_on = new.published_on WHERE article_id = new.id;
END;

DROP INDEX statements_person;
DROP INDEX statements_organization;
DROP INDEX statements_country;
DROP INDEX statements_office;
CREATE INDEX statements_published ON statements(published_on DESC);
CREATE INDEX statements_person ON statements(person_id, published_on DESC) WHERE person_id IS NOT NULL;
CREATE INDEX statements_organization ON statements(organization_id, published_on DESC) WHERE organization_id IS NOT NULL;
CREATE INDEX statements_country ON statements(country_code, published_on DESC, office_id) WHERE country_code IS NOT NULL;
CREATE INDEX statements_office ON statements(office_id, published_on DESC) WHERE office_id IS NOT NULL;

-- The indexes that find a topic's or an act's statements carry the statement (and an act's name), so that listing
-- them reads the index alone, not one row of the table for each.
DROP INDEX statement_topics_country;
DROP INDEX statement_topics_organization;
DROP INDEX statement_topics_person;
DROP INDEX statement_topics_event;
DROP INDEX statement_topics_label;
CREATE INDEX statement_topics_country ON statement_topics(country_code, statement_id) WHERE country_code IS NOT NULL;
CREATE INDEX statement_topics_organization ON statement_topics(organization_id, statement_id) WHERE organization_id IS NOT NULL;
CREATE INDEX statement_topics_person ON statement_topics(person_id, statement_id) WHERE person_id IS NOT NULL;
CREATE INDEX statement_topics_event ON statement_topics(event_id, statement_id) WHERE event_id IS NOT NULL;
CREATE INDEX statement_topics_label ON statement_topics(kind, label COLLATE NOCASE, statement_id);
DROP INDEX statement_acts_act;
DROP INDEX statement_acts_target_country;
DROP INDEX statement_acts_target_organization;
DROP INDEX statement_acts_target_person;
CREATE INDEX statement_acts_act ON statement_acts(act, statement_id);
CREATE INDEX statement_acts_target_country ON statement_acts(target_country_code, act, statement_id) WHERE target_country_code IS NOT NULL;
CREATE INDEX statement_acts_target_organization ON statement_acts(target_organization_id, act, statement_id) WHERE target_organization_id IS NOT NULL;
CREATE INDEX statement_acts_target_person ON statement_acts(target_person_id, act, statement_id) WHERE target_person_id IS NOT NULL;

-- The planner needs to know how many rows each new index holds to choose between them.
ANALYZE;
