-- The place within a country whose office it is: `Ohio` for the Ohio secretary of state, so that "the U.S.
-- secretary of state" is the national office and not a state's.
ALTER TABLE offices ADD COLUMN place TEXT;
