-- Accounts (学信网账号) of students and staff, their sign-in history, sessions and refresh tokens,
-- and the login throttle. Phones and ID numbers are encrypted by the application like records'
-- (*_cipher, *_index = HMAC blind index, *_masked = display form).

CREATE TABLE account (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username          text        UNIQUE CHECK (username ~ '^[a-z][a-z0-9_.-]{2,31}$'),
    email             text        UNIQUE CHECK (email = lower(email) AND position('@' IN email) > 1),
    phone_cipher      bytea,
    phone_index       bytea       UNIQUE,
    phone_masked      text,
    display_name      text        NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 50),
    id_type           varchar(40),
    id_number_cipher  bytea,
    id_number_index   bytea,
    id_number_masked  text,
    password_hash     text        NOT NULL,
    roles             text[]      NOT NULL CHECK (cardinality(roles) >= 1),
    institution_id    bigint      REFERENCES institution (id),
    college_ids       bigint[]    NOT NULL DEFAULT '{}',
    class_ids         bigint[]    NOT NULL DEFAULT '{}',
    state             varchar(12) NOT NULL DEFAULT 'ACTIVE' CHECK (state IN ('ACTIVE', 'DISABLED', 'DEACTIVATED')),
    version           integer     NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    -- a student signs in by phone or ID number, staff by username
    CHECK (username IS NOT NULL OR phone_index IS NOT NULL OR id_number_index IS NOT NULL)
);
-- one live account per ID number; a deactivated one keeps its number for the record
CREATE UNIQUE INDEX account_id_number_idx ON account (id_number_index) WHERE state <> 'DEACTIVATED';
CREATE INDEX account_staff_order_idx ON account (institution_id, id) WHERE username IS NOT NULL;

CREATE TABLE login_attempt (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   bigint REFERENCES account (id),
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    ip           text,
    user_agent   text,
    success      boolean     NOT NULL
);
CREATE INDEX login_attempt_account_idx ON login_attempt (account_id, occurred_at DESC);

-- A session is one refresh-token family: every rotation stays in it, and reuse of a spent token
-- revokes the whole family.
CREATE TABLE account_session (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id    bigint      NOT NULL REFERENCES account (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz NOT NULL DEFAULT now(),
    ip            text,
    user_agent    text,
    revoked_at    timestamptz,
    revoked_why   text
);
CREATE INDEX account_session_live_idx ON account_session (account_id) WHERE revoked_at IS NULL;

-- Only the SHA-256 of a refresh token is kept: a database leak yields no usable token.
CREATE TABLE refresh_token (
    token_hash  bytea       PRIMARY KEY CHECK (length(token_hash) = 32),
    session_id  bigint      NOT NULL REFERENCES account_session (id),
    issued_at   timestamptz NOT NULL DEFAULT now(),
    used_at     timestamptz
);
CREATE INDEX refresh_token_session_idx ON refresh_token (session_id);

-- Failed-login counters per account (or unknown identifier) and per IP, shared by all replicas.
CREATE TABLE login_throttle (
    key                text        PRIMARY KEY,
    failures           integer     NOT NULL DEFAULT 0,
    window_started_at  timestamptz NOT NULL DEFAULT now(),
    lockouts           integer     NOT NULL DEFAULT 0,
    locked_until       timestamptz
);
