-- The self-check itself: confirmations, correction tickets and what reaches people (inbox, outbox).
-- Shared by the self-check, ticket, notification and statistics features; each may add its own
-- columns and tables in a later migration, but the meaning of these stays.

-- A student (or staff on their behalf, 代确认) confirmed a record or its admission photo as correct.
-- The row is bound to the record's version and a hash of its main fields and photo: it counts only
-- while enrolment_record.version still equals record_version, so any later change asks again
-- without anyone having to delete it.
CREATE TABLE confirmation (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id        bigint      NOT NULL REFERENCES enrolment_record (id),
    campaign_id      bigint      REFERENCES campaign (id),
    subject          varchar(16) NOT NULL CHECK (subject IN ('RECORD', 'ADMISSION_PHOTO')),
    record_version   integer     NOT NULL,
    content_hash     bytea       NOT NULL CHECK (length(content_hash) = 32),
    account_id       bigint      REFERENCES account (id),       -- the student who confirmed
    assisted_by      text,                                       -- staff subject for 代确认
    assisted_reason  text CHECK (assisted_reason IS NULL OR char_length(assisted_reason) BETWEEN 2 AND 500),
    ip               text,
    user_agent       text,
    confirmed_at     timestamptz NOT NULL DEFAULT now(),
    CHECK ((assisted_by IS NULL) = (assisted_reason IS NULL)),
    -- a double-submitted confirmation leaves exactly one row
    UNIQUE (record_id, subject, record_version)
);
CREATE INDEX confirmation_campaign_idx ON confirmation (campaign_id, record_id) WHERE campaign_id IS NOT NULL;

-- A correction ticket (勘误申请): one per filing, with one item per field marked wrong.
CREATE TABLE ticket (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id       bigint      NOT NULL REFERENCES enrolment_record (id),
    campaign_id     bigint      REFERENCES campaign (id),
    institution_id  bigint      NOT NULL REFERENCES institution (id),
    college_id      bigint      NOT NULL REFERENCES college (id),   -- copied for scoped queues and statistics
    account_id      bigint      NOT NULL REFERENCES account (id),   -- the student who filed it
    state           varchar(12) NOT NULL CHECK (state IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED',
                                                          'APPLIED', 'REJECTED', 'WITHDRAWN')),
    record_version  integer     NOT NULL,                           -- the record as the student saw it
    reason          text,                                           -- why it was rejected / withdrawn
    version         integer     NOT NULL DEFAULT 0,                 -- optimistic lock for reviewers
    submitted_at    timestamptz NOT NULL DEFAULT now(),
    decided_at      timestamptz,                                    -- APPROVED / REJECTED
    closed_at       timestamptz,                                    -- APPLIED / REJECTED / WITHDRAWN
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_queue_idx ON ticket (institution_id, state, submitted_at, id);
CREATE INDEX ticket_college_queue_idx ON ticket (college_id, state, submitted_at, id);
CREATE INDEX ticket_record_idx ON ticket (record_id);
CREATE INDEX ticket_campaign_idx ON ticket (campaign_id, state) WHERE campaign_id IS NOT NULL;

CREATE TABLE ticket_item (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id        bigint      NOT NULL REFERENCES ticket (id),
    record_id        bigint      NOT NULL REFERENCES enrolment_record (id),
    field            text        NOT NULL,                           -- GraphQL name, e.g. `name`
    tier             varchar(16) NOT NULL CHECK (tier IN ('IDENTITY', 'ORGANISATIONAL', 'CONTACT')),
    current_value    text,                                           -- masked for personal numbers
    requested_value  text        NOT NULL,                           -- personal numbers: see *_cipher
    requested_cipher bytea,                                          -- encrypted requested ID number
    reason_code      text        NOT NULL,
    note             text CHECK (note IS NULL OR char_length(note) <= 500),
    decision         varchar(10) CHECK (decision IN ('ACCEPTED', 'REJECTED')),
    decided_by       text,
    decided_at       timestamptz,
    college_reviewed_by text,                                        -- IDENTITY: the COLLEGE_ADMIN review
    college_reviewed_at timestamptz,
    provincial       boolean     NOT NULL DEFAULT false,             -- flagged for the provincial submission
    open             boolean     NOT NULL DEFAULT true               -- false once the ticket closes
);
CREATE INDEX ticket_item_ticket_idx ON ticket_item (ticket_id);
-- a second open ticket on the same field of the same record is refused
CREATE UNIQUE INDEX ticket_item_open_field_idx ON ticket_item (record_id, field) WHERE open;

CREATE TABLE ticket_evidence (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id     bigint      NOT NULL REFERENCES ticket_item (id),
    upload_id   bigint      NOT NULL REFERENCES upload (id),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_evidence_item_idx ON ticket_evidence (item_id);

-- Every transition, for the student's timeline and the waiting-time statistics.
CREATE TABLE ticket_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id   bigint      NOT NULL REFERENCES ticket (id),
    from_state  varchar(12),
    to_state    varchar(12) NOT NULL,
    actor       text        NOT NULL,
    note        text,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_event_ticket_idx ON ticket_event (ticket_id, id);

-- In-app messages (站内信) to an account.
CREATE TABLE inbox_message (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES account (id),
    topic       text        NOT NULL,                  -- e.g. TICKET_APPROVED, REMINDER
    title_zh    text        NOT NULL,
    title_en    text        NOT NULL,
    body_zh     text        NOT NULL,
    body_en     text        NOT NULL,
    subject_id  text,                                  -- global id of what it is about
    created_at  timestamptz NOT NULL DEFAULT now(),
    read_at     timestamptz
);
CREATE INDEX inbox_message_account_idx ON inbox_message (account_id, id DESC);
CREATE INDEX inbox_message_unread_idx ON inbox_message (account_id) WHERE read_at IS NULL;

-- Messages for an SMS or e-mail gateway. The embedded default gateway leaves them here for an
-- operator to read in development; a real gateway marks them sent. Addresses are encrypted.
CREATE TABLE outbox_message (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel         varchar(8)  NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    account_id      bigint      REFERENCES account (id),
    address_cipher  bytea       NOT NULL,
    address_masked  text        NOT NULL,
    template        text        NOT NULL,                 -- e.g. SMS_CODE, TICKET_DECIDED, REMINDER
    body_cipher     bytea       NOT NULL,                 -- rendered text, encrypted (it may hold a code or a name)
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    attempts        integer     NOT NULL DEFAULT 0
);
CREATE INDEX outbox_message_pending_idx ON outbox_message (id) WHERE sent_at IS NULL;

-- Which records each campaign covers, whether each is in scope and its deadline (a student's
-- extension, or the campaign's). One definition for the self-check, tickets and statistics.
CREATE VIEW campaign_record AS
SELECT c.id AS campaign_id, r.id AS record_id, r.institution_id, r.college_id, r.major_id, r.class_id,
       r.status, r.status NOT IN ('ADMISSION_FORFEITED', 'ADMISSION_RESERVED', 'WITHDRAWN') AS in_scope,
       c.opens_at, coalesce(e.closes_at, c.closes_at) AS closes_at
FROM campaign c
JOIN enrolment_record r ON r.institution_id = c.institution_id AND r.admission_year = c.admission_year
    AND (cardinality(c.levels) = 0 OR r.level = ANY (c.levels))
LEFT JOIN campaign_extension e ON e.campaign_id = c.id AND e.record_id = r.id;
CREATE INDEX enrolment_record_cohort_idx ON enrolment_record (institution_id, admission_year, level);
