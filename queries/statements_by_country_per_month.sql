-- Statements per speaker country and month, most first.
SELECT speaker_country AS country, substr(published_on, 1, 7) AS month, count(*) AS statements
FROM v_statements
WHERE speaker_country IS NOT NULL AND published_on IS NOT NULL
GROUP BY speaker_country, month
ORDER BY month DESC, statements DESC
