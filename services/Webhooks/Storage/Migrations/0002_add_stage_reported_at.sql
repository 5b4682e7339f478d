-- When the latest stage-bearing event applied to the record was sent (results' generations.stage_reported_at): the record's
-- JSON leaves it out, and without it a queue report sent earlier could move the stage and the queue place back.
ALTER TABLE webhooks.generations ADD COLUMN stage_reported_at timestamptz NULL;
