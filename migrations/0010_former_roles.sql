-- A speaker's office shows when it is a former one.
--
-- A statement's office is the one its article gives the speaker; when the article gives only a former office
-- (`former federal prosecutor X said`), `v_statements.speaker_role` said `prosecutor`, as if the office were held. It
-- now says `former prosecutor`. Only the view changes: `offices.is_former` already held it.
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

