-- Enrolment records (学籍) and their photos. Personal numbers and photo bytes are encrypted by the
-- application (AES-256-GCM); *_index columns hold an HMAC blind index for exact lookup, *_masked
-- the display form, so lists never decrypt.

CREATE TABLE photo (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sha256        bytea       NOT NULL CHECK (length(sha256) = 32),  -- of the plain bytes: detects re-uploads
    content_type  text        NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    width         integer     NOT NULL CHECK (width > 0),
    height        integer     NOT NULL CHECK (height > 0),
    byte_size     integer     NOT NULL CHECK (byte_size > 0),
    bytes_cipher  bytea       NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE enrolment_record (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id            bigint       NOT NULL REFERENCES institution (id),
    college_id                bigint       NOT NULL REFERENCES college (id),
    major_id                  bigint       NOT NULL REFERENCES major (id),
    class_id                  bigint       NOT NULL REFERENCES school_class (id),
    examinee_number           char(14)     NOT NULL CHECK (examinee_number ~ '^[0-9]{14}$'),
    student_number            varchar(20)  NOT NULL CHECK (student_number ~ '^[A-Za-z0-9]{1,20}$'),
    name                      text         NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
    gender                    varchar(6)   NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date                date         NOT NULL,
    id_type                   varchar(40)  NOT NULL,
    id_number_cipher          bytea        NOT NULL,
    id_number_index           bytea        NOT NULL,
    id_number_masked          text         NOT NULL,
    ethnicity                 char(2)      NOT NULL CHECK (ethnicity ~ '^[0-9]{2}$'),
    origin_province           char(2)      NOT NULL CHECK (origin_province ~ '^[0-9]{2}$'),
    length_of_schooling       numeric(3,1) NOT NULL CHECK (length_of_schooling > 0 AND length_of_schooling <= 8),
    level                     varchar(20)  NOT NULL,
    admission_year            smallint     NOT NULL CHECK (admission_year BETWEEN 1949 AND 2100),
    study_mode                varchar(20)  NOT NULL,
    education_category        varchar(20)  NOT NULL,
    enrolment_date            date,
    expected_graduation_date  date CHECK (expected_graduation_date IS NULL OR enrolment_date IS NULL
                                          OR expected_graduation_date > enrolment_date),
    status                    varchar(30)  NOT NULL,
    admission_photo_id        bigint REFERENCES photo (id),
    diploma_photo_id          bigint REFERENCES photo (id),
    import_batch_id           bigint,
    version                   integer      NOT NULL DEFAULT 0,
    created_at                timestamptz  NOT NULL DEFAULT now(),
    updated_at                timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (institution_id, examinee_number),
    UNIQUE (institution_id, student_number)
);
-- the roster's order (class, then student number) and the scopes staff page through
CREATE INDEX enrolment_record_class_order_idx ON enrolment_record (class_id, student_number, id);
CREATE INDEX enrolment_record_institution_order_idx ON enrolment_record (institution_id, class_id, student_number, id);
CREATE INDEX enrolment_record_college_order_idx ON enrolment_record (college_id, class_id, student_number, id);
CREATE INDEX enrolment_record_id_number_idx ON enrolment_record (id_number_index);
CREATE INDEX enrolment_record_batch_idx ON enrolment_record (import_batch_id) WHERE import_batch_id IS NOT NULL;
