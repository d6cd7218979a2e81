-- The officials quoted most, with their office and country.
SELECT name, role, country, organization, statements
FROM v_officials
ORDER BY statements DESC, name
LIMIT 50
