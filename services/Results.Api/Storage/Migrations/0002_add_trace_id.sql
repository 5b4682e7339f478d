-- The W3C trace id of each generation's trace (one trace from intake's request to the stored result).
ALTER TABLE results.generations ADD COLUMN trace_id text;
