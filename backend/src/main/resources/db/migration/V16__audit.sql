-- The audit log is read newest first by id (ids follow commit order within a writer; occurred_at is
-- the transaction's start, so two rows of one transaction tie on it). One index per way in:
-- an institution's log, an actor within it, and one object's trail.
CREATE INDEX audit_event_institution_id_idx ON audit_event (institution_id, id DESC);
CREATE INDEX audit_event_actor_id_idx ON audit_event (institution_id, actor, id DESC);
CREATE INDEX audit_event_entity_id_idx ON audit_event (entity_type, entity_id, id DESC);
