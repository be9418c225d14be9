-- Correction tickets (勘误申请), beyond the shared tables of V8: per-institution tier routing,
-- rejection reason templates, the college review's recommendation and the reviewer's notes.

-- An institution's own routing of a record field; fields without a row follow the default of
-- correction.TicketField (domain.md). CONTACT is not routable: phone and e-mail are the account's.
CREATE TABLE field_tier (
    institution_id  bigint      NOT NULL REFERENCES institution (id),
    field           text        NOT NULL,                     -- EnrolmentRecord GraphQL name
    tier            varchar(16) NOT NULL CHECK (tier IN ('IDENTITY', 'ORGANISATIONAL')),
    updated_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (institution_id, field)
);

-- Reasons a reviewer picks when rejecting; institution_id NULL rows are offered to every institution.
CREATE TABLE rejection_template (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id  bigint      REFERENCES institution (id),
    code            text        NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    text_zh         text        NOT NULL CHECK (char_length(text_zh) BETWEEN 2 AND 500),
    text_en         text        NOT NULL CHECK (char_length(text_en) BETWEEN 2 AND 500),
    active          boolean     NOT NULL DEFAULT true
);
CREATE UNIQUE INDEX rejection_template_code_idx ON rejection_template (coalesce(institution_id, 0), code);

INSERT INTO rejection_template (institution_id, code, text_zh, text_en) VALUES
    (NULL, 'EVIDENCE_UNREADABLE', '证明材料不清晰或不完整，请重新上传清晰完整的材料。',
        'The evidence is unreadable or incomplete; upload a clear and complete copy.'),
    (NULL, 'EVIDENCE_MISMATCH', '证明材料与申请修改的内容不一致。',
        'The evidence does not support the requested value.'),
    (NULL, 'MATCHES_ADMISSION_DATA', '经核对，学籍信息与录取（高考报名）信息一致，无需修改。',
        'The record matches the admission (gaokao registration) data; no change is needed.'),
    (NULL, 'CHANGE_AFTER_ADMISSION', '录取后户籍信息变更，不属于学籍勘误范围，请到教务处咨询。',
        'The household registration changed after admission; this is not a correction — ask the registry office.'),
    (NULL, 'NOT_A_CORRECTION', '申请内容不属于学籍信息勘误。', 'The request is not a correction of the record.');

-- The COLLEGE_ADMIN's first review of an IDENTITY item: who and when are in V8; this is what they advised.
ALTER TABLE ticket_item ADD COLUMN college_recommendation varchar(10)
    CHECK (college_recommendation IN ('ACCEPT', 'REJECT'));
ALTER TABLE ticket_item ADD COLUMN review_note text CHECK (review_note IS NULL OR char_length(review_note) <= 500);
-- whether applying wrote the record (examineeNumber, admissionYear and admissionPhoto come from the
-- provincial admission data: an approved item goes to the 勘误表 and the record follows the re-import)
ALTER TABLE ticket_item ADD COLUMN written boolean NOT NULL DEFAULT false;

-- The ticket's rejection template, and the reviewer's question while it waits for information.
ALTER TABLE ticket ADD COLUMN rejection_code text;
ALTER TABLE ticket ADD COLUMN decided_by text;
ALTER TABLE ticket ADD COLUMN class_id bigint REFERENCES school_class (id);   -- copied for COUNSELLOR scope

CREATE INDEX ticket_class_idx ON ticket (class_id, submitted_at, id);
CREATE INDEX ticket_item_decided_idx ON ticket_item (ticket_id) WHERE decision = 'ACCEPTED';
