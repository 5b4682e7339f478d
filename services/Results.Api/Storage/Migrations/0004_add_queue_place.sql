-- A queued generation's place in its vendor's queue (shown only while its stage is 'queued') and the send time of the
-- latest stage-bearing event, so a queue report delivered late cannot move the queue back.
ALTER TABLE results.generations
    ADD COLUMN queue_position integer NULL,
    ADD COLUMN queue_estimate_seconds integer NULL,
    ADD COLUMN stage_reported_at timestamptz NULL;

-- The feed shows each move in the queue as a progress event.
ALTER TABLE results.generation_events
    ADD COLUMN queue_position integer NULL,
    ADD COLUMN queue_estimate_seconds integer NULL;
