-- Who criticized, condemned, accused, rejected or threatened a country (:country: its name, a demonym or other name, or an alpha-3 or alpha-2 code), newest first.
SELECT v.published_on, v.speaker, v.speaker_country, sa.act, v.text
FROM statement_acts sa JOIN v_statements v ON v.id = sa.statement_id
WHERE sa.target_country_code IN (
        SELECT code FROM countries
        WHERE code = upper(:country) OR alpha2 = upper(:country) OR name = :country COLLATE NOCASE
           OR iso_name = :country COLLATE NOCASE
        UNION SELECT country_code FROM country_aliases WHERE alias = :country COLLATE NOCASE)
  AND sa.act IN ('criticize', 'condemn', 'accuse', 'reject', 'threaten', 'warn', 'demand')
ORDER BY v.published_on DESC
