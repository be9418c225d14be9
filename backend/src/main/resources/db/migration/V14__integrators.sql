-- Integrator API tokens (接口令牌) and staff TOTP (两步验证).

-- Only the SHA-256 of a token is kept: the secret is shown once, and a database leak yields no usable
-- token. last_used_at is written at most once a minute per token (the API path must not write on
-- every request).
CREATE TABLE integrator_token (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id  bigint      NOT NULL REFERENCES institution (id),
    name            text        NOT NULL CHECK (char_length(name) BETWEEN 2 AND 80),
    token_hash      bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    -- the first characters of the secret, so an operator can tell tokens apart in logs and lists
    token_prefix    text        NOT NULL,
    scopes          text[]      NOT NULL CHECK (cardinality(scopes) >= 1),
    expires_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz,
    revoked_by      text,
    last_used_at    timestamptz
);
CREATE INDEX integrator_token_institution_idx ON integrator_token (institution_id, id);

-- One TOTP secret per staff account, encrypted by the application (PersonalDataCipher). A row with
-- confirmed_at NULL is an enrolment in progress. last_step is the RFC 6238 time step of the last
-- accepted code: a code is accepted only for a later step, so none can be used twice.
CREATE TABLE staff_totp (
    account_id     bigint      PRIMARY KEY REFERENCES account (id),
    secret_cipher  bytea       NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    confirmed_at   timestamptz,
    last_step      bigint
);
