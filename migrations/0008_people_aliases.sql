-- Who a bare surname is ("Trump", "Haley") no longer depends on the order articles were imported in.
--
-- An import stores a surname that its article gives alone, and each spelling of a name with or without initials (John
-- Kerry, John F. Kerry), as a person of its own, and at its end decides, from the whole archive, which person each
-- stands for: `alias_of`. The statements of the name are then that person's. The decision is made again after every
-- import, so importing the same files in one run, in several, or in reverse order gives the same people and speakers.
ALTER TABLE people ADD COLUMN alias_of INTEGER REFERENCES people(id) ON DELETE SET NULL;
CREATE INDEX people_alias_of ON people(alias_of) WHERE alias_of IS NOT NULL;

-- What of a statement's speaker an import took from the archive rather than from its article, as bits: 1, the
-- office held (the person's office nearest the article's date); 2, the country served. Those are worked out again at
-- the end of every import that changes the person's offices, so that they too do not depend on import order.
ALTER TABLE statements ADD COLUMN looked_up INTEGER NOT NULL DEFAULT 0;

-- Offices stay with the name an article gave (`President Xi`, `John Kerry`), which is what the end of an import weighs;
-- this view shows them under the person the name stands for, one row per office of that person: offices of several
-- spellings of one role are one row, from the first date any was seen to the last. `person_id` is that person.
DROP VIEW v_officials;
CREATE VIEW v_officials AS
SELECT
    min(o.id) AS id,
    coalesce(p.alias_of, p.id) AS person_id,
    coalesce(c.name, p.name) AS name,
    o.role AS role,
    o.country_code AS country,
    org.name AS organization,
    o.is_former AS former,
    min(o.first_seen_on) AS first_seen,
    max(o.last_seen_on) AS last_seen,
    (SELECT count(*) FROM statements s WHERE s.person_id = coalesce(p.alias_of, p.id)) AS statements
FROM offices o
JOIN people p ON p.id = o.person_id
LEFT JOIN people c ON c.id = p.alias_of
LEFT JOIN organizations org ON org.id = o.organization_id
GROUP BY coalesce(p.alias_of, p.id), o.role, o.country_code, o.organization_id, o.is_former;
