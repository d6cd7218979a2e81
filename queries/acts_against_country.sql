-- Who criticized, condemned, accused, rejected or threatened a country (:country, alpha-3 code), newest first.
SELECT v.published_on, v.speaker, v.speaker_country, sa.act, v.text
FROM statement_acts sa JOIN v_statements v ON v.id = sa.statement_id
WHERE sa.target_country_code = upper(:country)
  AND sa.act IN ('criticize', 'condemn', 'accuse', 'reject', 'threaten', 'warn', 'demand')
ORDER BY v.published_on DESC
