-- Files uploaded over POST /api/uploads, referred to by GraphQL mutations through their id. Rosters
-- and evidence hold personal data, so the bytes are encrypted like every personal value.
CREATE TABLE upload (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner          text        NOT NULL,               -- the token subject that uploaded it
    purpose        varchar(20) NOT NULL CHECK (purpose IN ('ROSTER', 'PHOTO_ZIP', 'EVIDENCE', 'IDENTITY_PHOTO')),
    file_name      text        NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
    content_type   text        NOT NULL,               -- detected from the bytes, not taken from the client
    byte_size      bigint      NOT NULL CHECK (byte_size > 0),
    sha256         bytea       NOT NULL CHECK (length(sha256) = 32),
    bytes_cipher   bytea       NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    expires_at     timestamptz NOT NULL DEFAULT now() + interval '1 day'
);
CREATE INDEX upload_owner_idx ON upload (owner, created_at);
