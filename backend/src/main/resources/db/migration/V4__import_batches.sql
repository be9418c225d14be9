-- Roster imports: a dry run records what a file would do; a commit applies it in one transaction;
-- a rollback restores the snapshots kept here while no student has acted on the batch's records.

CREATE TABLE import_batch (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id   bigint      NOT NULL REFERENCES institution (id),
    upload_id        bigint      NOT NULL REFERENCES upload (id),
    file_name        text        NOT NULL,
    file_sha256      bytea       NOT NULL,
    format           varchar(10) NOT NULL,
    created_by       text        NOT NULL,
    create_missing_reference boolean NOT NULL DEFAULT false,
    state            varchar(20) NOT NULL CHECK (state IN ('ANALYSED', 'COMMITTING', 'COMMITTED', 'ROLLED_BACK', 'FAILED')),
    total_rows       integer     NOT NULL DEFAULT 0,
    new_rows         integer     NOT NULL DEFAULT 0,
    changed_rows     integer     NOT NULL DEFAULT 0,
    unchanged_rows   integer     NOT NULL DEFAULT 0,
    invalid_rows     integer     NOT NULL DEFAULT 0,
    rows_done        integer     NOT NULL DEFAULT 0,
    failure          text,
    version          integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    committed_at     timestamptz,
    rolled_back_at   timestamptz
);
CREATE INDEX import_batch_history_idx ON import_batch (institution_id, id DESC);

-- Why a row of the file is invalid (row numbers as the registrar sees them in Excel: header = 1).
CREATE TABLE import_row_error (
    batch_id     bigint  NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    row_number   integer NOT NULL,
    column_name  text,
    code         text    NOT NULL,
    message_zh   text    NOT NULL,
    message_en   text    NOT NULL
);
CREATE INDEX import_row_error_batch_idx ON import_row_error (batch_id, row_number);

-- What a valid row would change (dry run) or changed (commit): field diffs, personal numbers masked.
CREATE TABLE import_row_change (
    batch_id         bigint  NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    row_number       integer NOT NULL,
    kind             varchar(10) NOT NULL CHECK (kind IN ('NEW', 'CHANGED')),
    examinee_number  char(14) NOT NULL,
    record_id        bigint,
    diffs            jsonb   NOT NULL,
    before           jsonb,      -- the full stored row before the commit, for rollback
    PRIMARY KEY (batch_id, row_number)
);

ALTER TABLE enrolment_record
    ADD CONSTRAINT enrolment_record_import_batch_fk FOREIGN KEY (import_batch_id) REFERENCES import_batch (id);
