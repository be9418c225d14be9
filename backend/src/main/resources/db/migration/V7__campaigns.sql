-- Self-check campaigns (学籍自查工作): a registrar opens a window for a cohort of one institution.
-- Windows are stored as instants; they are entered and shown in Asia/Shanghai.

CREATE TABLE campaign (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id   bigint      NOT NULL REFERENCES institution (id),
    name             text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    admission_year   smallint    NOT NULL CHECK (admission_year BETWEEN 1949 AND 2100),
    levels           text[]      NOT NULL DEFAULT '{}',     -- empty: every level of the cohort
    opens_at         timestamptz NOT NULL,
    closes_at        timestamptz NOT NULL CHECK (closes_at > opens_at),
    fields_to_check  text[]      NOT NULL,
    notice           text        NOT NULL DEFAULT '' CHECK (char_length(notice) <= 20000),
    reminder_days    integer[]   NOT NULL DEFAULT '{7,3,1}',
    created_by       text        NOT NULL,
    version          integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX campaign_institution_idx ON campaign (institution_id, id DESC);

-- One student's later deadline, with who granted it and why.
CREATE TABLE campaign_extension (
    campaign_id   bigint      NOT NULL REFERENCES campaign (id),
    record_id     bigint      NOT NULL REFERENCES enrolment_record (id),
    closes_at     timestamptz NOT NULL,
    reason        text        NOT NULL CHECK (char_length(reason) BETWEEN 2 AND 500),
    granted_by    text        NOT NULL,
    granted_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (campaign_id, record_id)
);

-- A retried create returns the first result; the same key with another request is refused.
CREATE TABLE idempotency_key (
    actor          text        NOT NULL,
    key            text        NOT NULL CHECK (char_length(key) BETWEEN 8 AND 100),
    operation      text        NOT NULL,
    request_hash   bytea       NOT NULL,
    result_id      bigint      NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, key)
);
