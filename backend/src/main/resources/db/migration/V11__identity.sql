-- Student identity: the human check's spent solutions, SMS codes and their counters, consent to the
-- terms, account-name corrections and username look-ups. Phones appear only as the account's phone
-- blind index (HMAC), codes only as keyed hashes. Every counter is a row here, so all replicas agree.

-- ALTCHA solutions already used: a solved challenge buys one SMS, never two.
CREATE TABLE altcha_spent (
    signature  text        PRIMARY KEY,
    spent_at   timestamptz NOT NULL DEFAULT now()
);

-- Every ask for a code, sent or refused: spacing, daily caps and the lock-out count these.
CREATE TABLE sms_request (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    phone_index   bytea       NOT NULL,
    ip            text,
    purpose       varchar(20) NOT NULL,
    requested_at  timestamptz NOT NULL DEFAULT now(),
    sent          boolean     NOT NULL
);
CREATE INDEX sms_request_phone_idx ON sms_request (phone_index, requested_at DESC);
CREATE INDEX sms_request_ip_idx ON sms_request (ip, requested_at DESC) WHERE sent;

-- A phone whose codes are locked after asking too often (the seeds: 锁定 24 小时).
CREATE TABLE sms_lock (
    phone_index   bytea       PRIMARY KEY,
    locked_until  timestamptz NOT NULL
);

-- Codes sent: a keyed hash only (six digits are too few for a plain hash), five tries each.
CREATE TABLE sms_code (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    phone_index  bytea       NOT NULL,
    purpose      varchar(20) NOT NULL CHECK (purpose IN ('REGISTER', 'RESET_PASSWORD', 'CHANGE_PHONE')),
    code_hash    bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    tries        integer     NOT NULL DEFAULT 0,
    used_at      timestamptz
);
CREATE INDEX sms_code_phone_idx ON sms_code (phone_index, purpose, id DESC);

-- Which version of the terms and privacy notice an account accepted, when and from where.
CREATE TABLE account_consent (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   bigint      NOT NULL REFERENCES account (id),
    version      text        NOT NULL,
    accepted_at  timestamptz NOT NULL DEFAULT now(),
    ip           text,
    user_agent   text
);
CREATE INDEX account_consent_account_idx ON account_consent (account_id);

-- A student's own corrections of the account's name (limited per account; also in audit_event).
CREATE TABLE account_name_correction (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id    bigint      NOT NULL REFERENCES account (id),
    old_name      text        NOT NULL,
    new_name      text        NOT NULL,
    corrected_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX account_name_correction_account_idx ON account_name_correction (account_id);

-- Forgotten-username look-ups per client address, for their throttle.
CREATE TABLE username_lookup (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ip            text,
    looked_up_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX username_lookup_ip_idx ON username_lookup (ip, looked_up_at DESC);

-- Identity disputes (证件号码已被注册): someone registers with an ID number another live account holds.
-- The claimant's account holds no ID number until the dispute is resolved; the claimed number waits
-- here, encrypted. ENROLMENT_FACTS resolves at once when the facts match a record with that number;
-- the old account is then deactivated (never deleted).
CREATE TABLE identity_dispute (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claimant_id        bigint      NOT NULL REFERENCES account (id),
    holder_id          bigint      NOT NULL REFERENCES account (id),
    id_type            varchar(40) NOT NULL,
    id_number_cipher   bytea       NOT NULL,
    id_number_index    bytea       NOT NULL,
    id_number_masked   text        NOT NULL,
    state              varchar(12) NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'RESOLVED', 'FAILED')),
    resolved_by        varchar(20) CHECK (resolved_by IN ('ENROLMENT_FACTS', 'CLASSMATE_ASSIST', 'MANUAL_REVIEW', 'REAL_PERSON')),
    fact_attempts      integer     NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL DEFAULT now(),
    resolved_at        timestamptz
);
-- one open dispute per claimant
CREATE UNIQUE INDEX identity_dispute_open_idx ON identity_dispute (claimant_id) WHERE state = 'OPEN';
