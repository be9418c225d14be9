-- Verification codes: the self-check receipt (自查回执) and the enrolment verification report
-- (学籍在线验证报告). Anyone holding a code can verify it on a public page that shows masked data
-- only. Only an HMAC of the code is kept (key outside the database), so neither a database leak nor
-- an operator can recover or brute-force a code offline; the last four characters help the student
-- tell their codes apart.
CREATE TABLE verification_code (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            varchar(32) NOT NULL CHECK (kind IN ('SELF_CHECK_RECEIPT', 'ENROLMENT_VERIFICATION_REPORT')),
    record_id       bigint      NOT NULL REFERENCES enrolment_record (id),
    account_id      bigint      NOT NULL REFERENCES account (id),      -- the student who issued it
    institution_id  bigint      NOT NULL REFERENCES institution (id),  -- for the audit trail's scope
    code_hash       bytea       NOT NULL UNIQUE CHECK (length(code_hash) = 32),
    last_four       char(4)     NOT NULL,
    record_version  integer     NOT NULL,                               -- the record as certified
    issued_at       timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    revoked_at      timestamptz,
    CHECK (expires_at > issued_at)
);
CREATE INDEX verification_code_record_idx ON verification_code (record_id, account_id, id);

-- Wrong guesses per client address, shared by all replicas: a key that guesses `limit` wrong codes
-- within its window is locked until the window ends.
CREATE TABLE verification_throttle (
    key                text        PRIMARY KEY,
    failures           integer     NOT NULL DEFAULT 0,
    window_started_at  timestamptz NOT NULL DEFAULT now(),
    locked_until       timestamptz
);
