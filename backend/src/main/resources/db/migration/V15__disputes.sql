-- Identity disputes, the ways besides enrolment facts: a classmate's confirmation (CLASSMATE_ASSIST),
-- a photo holding the ID card decided by SUPPORT (MANUAL_REVIEW), an external face check (REAL_PERSON).

-- version: a SUPPORT decision is a conditional update on it, so of two agents exactly one wins.
-- The photo is the claimant's IDENTITY_PHOTO upload, kept (expires_at = infinity) while the dispute lives.
ALTER TABLE identity_dispute
    ADD COLUMN version              integer     NOT NULL DEFAULT 0,
    ADD COLUMN classmate_attempts   integer     NOT NULL DEFAULT 0,
    ADD COLUMN review_state         varchar(10) CHECK (review_state IN ('PENDING', 'APPROVED', 'REJECTED')),
    ADD COLUMN photo_upload_id      bigint      REFERENCES upload (id),
    ADD COLUMN photo_submitted_at   timestamptz,
    ADD COLUMN decided_by           text,
    ADD COLUMN decision_reason      text CHECK (char_length(decision_reason) <= 500),
    ADD COLUMN decided_at           timestamptz;
-- SUPPORT's queue: by review state, oldest submission first
CREATE INDEX identity_dispute_review_idx ON identity_dispute (review_state, photo_submitted_at, id)
    WHERE review_state IS NOT NULL;

-- One request to a classmate: the classmate's inbox carries its global id; they confirm or decline.
CREATE TABLE classmate_assist (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dispute_id    bigint      NOT NULL REFERENCES identity_dispute (id),
    classmate_id  bigint      NOT NULL REFERENCES account (id),
    state         varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'CONFIRMED', 'DECLINED', 'CANCELLED')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    answered_at   timestamptz
);
-- at most one request waits per dispute; a new one cancels the old
CREATE UNIQUE INDEX classmate_assist_pending_idx ON classmate_assist (dispute_id) WHERE state = 'PENDING';
CREATE INDEX classmate_assist_classmate_idx ON classmate_assist (classmate_id);

-- A face-verification session a provider started (REAL_PERSON); only when a provider is configured.
CREATE TABLE real_person_check (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dispute_id    bigint      NOT NULL REFERENCES identity_dispute (id),
    token_hash    bytea       NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    completed_at  timestamptz
);
