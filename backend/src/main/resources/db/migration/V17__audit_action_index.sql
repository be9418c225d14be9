-- The audit log filtered by action (e.g. every REVEAL_ID_NUMBER) pages newest first; without this
-- index a rare action walks all of the institution's events (about 150 ms at 500,000 events).
CREATE INDEX audit_event_institution_action_idx ON audit_event (institution_id, action, id DESC);
