-- Reference data: institutions, colleges, majors and classes. Public data; nothing personal.
-- Every table users change carries version (optimistic locking) and created_at/updated_at.

CREATE TABLE institution (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        char(5)     NOT NULL UNIQUE CHECK (code ~ '^[0-9]{5}$'),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    version     integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE college (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id  bigint      NOT NULL REFERENCES institution (id),
    code            varchar(10) NOT NULL,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    version         integer     NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (institution_id, code)
);

CREATE TABLE major (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id       bigint       NOT NULL REFERENCES institution (id),
    college_id           bigint       NOT NULL REFERENCES college (id),
    -- national catalogue code: 6 digits, optionally K (controlled) or T (special) suffix
    catalogue_code       varchar(8)   NOT NULL CHECK (catalogue_code ~ '^[0-9]{6}[KT]?$'),
    name                 text         NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    level                varchar(20)  NOT NULL CHECK (level IN ('DOCTORATE', 'MASTER', 'BACHELOR', 'BACHELOR_UPGRADE', 'JUNIOR_COLLEGE')),
    length_of_schooling  numeric(3,1) NOT NULL CHECK (length_of_schooling > 0 AND length_of_schooling <= 8),
    version              integer      NOT NULL DEFAULT 0,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (institution_id, catalogue_code, level)
);
CREATE INDEX major_college_idx ON major (college_id, catalogue_code, id);

CREATE TABLE school_class (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id  bigint      NOT NULL REFERENCES institution (id),
    college_id      bigint      NOT NULL REFERENCES college (id),
    major_id        bigint      NOT NULL REFERENCES major (id),
    code            varchar(20) NOT NULL,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    admission_year  smallint    NOT NULL CHECK (admission_year BETWEEN 1950 AND 2100),
    version         integer     NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (institution_id, code)
);
CREATE INDEX school_class_college_idx ON school_class (college_id, code, id);
CREATE INDEX school_class_major_idx ON school_class (major_id, code, id);

-- Every change of a record or ticket writes one row here, in the same transaction as the change.
CREATE TABLE audit_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    actor           text        NOT NULL,
    action          text        NOT NULL,
    entity_type     text        NOT NULL,
    entity_id       bigint,
    institution_id  bigint REFERENCES institution (id),
    before          jsonb,
    after           jsonb,
    reason          text
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at);

-- JWT signing keys: the newest active one signs; all unretired ones verify, so keys can rotate and
-- several replicas share them.
CREATE TABLE signing_key (
    kid          text        PRIMARY KEY,
    algorithm    text        NOT NULL DEFAULT 'RS256',
    public_key   bytea       NOT NULL,
    private_key  bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    retired_at   timestamptz
);
