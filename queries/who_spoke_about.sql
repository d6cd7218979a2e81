-- Who spoke about a topic (:topic, a country, organization, place, person or event label, or words), with how often.
SELECT v.speaker, v.speaker_role, v.speaker_country, count(DISTINCT v.id) AS statements
FROM v_statements v
WHERE v.id IN (SELECT statement_id FROM statement_topics WHERE label = :topic COLLATE NOCASE)
   OR v.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH '"' || replace(:topic, '"', '""') || '"')
GROUP BY v.speaker, v.speaker_role, v.speaker_country
ORDER BY statements DESC
