-- The place an office is of shows beside its country and organization.
--
-- `offices.place` has held the place a title names (`Archbishop of Canterbury`, `London Mayor`, `Alabama Secretary of
-- State`) since 0003, but neither view showed it, so a mayor read as `mayor · GBR` with no city. `v_statements` gains
-- `speaker_place` after `speaker_organization`, and `v_officials` gains `place` after `organization` (the place of
-- any of the offices a row gathers). Only the views change.
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
    CASE WHEN o.is_former THEN 'former ' || o.role ELSE o.role END AS speaker_role,
    coalesce(o.country_code, s.country_code) AS speaker_country,
    coalesce(oo.name, so.name) AS speaker_organization,
    o.place AS speaker_place,
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


DROP VIEW v_officials;
CREATE VIEW v_officials AS
SELECT
    min(o.id) AS id,
    coalesce(p.alias_of, p.id) AS person_id,
    coalesce(c.name, p.name) AS name,
    o.role AS role,
    o.country_code AS country,
    org.name AS organization,
    max(o.place) AS place,
    o.is_former AS former,
    min(o.first_seen_on) AS first_seen,
    max(o.last_seen_on) AS last_seen,
    (SELECT count(*) FROM statements s WHERE s.person_id = coalesce(p.alias_of, p.id)) AS statements
FROM offices o
JOIN people p ON p.id = o.person_id
LEFT JOIN people c ON c.id = p.alias_of
LEFT JOIN organizations org ON org.id = o.organization_id
GROUP BY coalesce(p.alias_of, p.id), o.role, o.country_code, o.organization_id, o.is_former;
