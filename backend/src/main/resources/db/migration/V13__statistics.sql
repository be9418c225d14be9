-- Statistics (统计), the reminder ladder and live progress.
--
-- Counting a campaign of 50,000 students from the base tables (records × accounts × confirmations ×
-- tickets) takes far longer than the 50 ms a statistics query may take, so the counts are kept per
-- campaign × class in stats_class_summary. Writers do not maintain the counts themselves: statement-
-- level triggers only append the classes they touched to stats_dirty_class (a 100,000-row COPY import
-- pays one DISTINCT over its rows), and stats_refresh() recounts just the dirty classes of an
-- institution before statistics are read (and periodically in the server). A class holds some dozens
-- of students, so a refresh after a few confirmations costs a few ms.

-- Classes whose counts are stale: an append-only log, so writers never wait for each other or for a
-- refresh. A refresh takes only the marks it can see (committed); a writer still in progress leaves
-- its mark for the next refresh, so no change is ever lost.
CREATE TABLE stats_dirty_class (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    class_id        bigint      NOT NULL,
    institution_id  bigint      NOT NULL,
    marked_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stats_dirty_class_institution_idx ON stats_dirty_class (institution_id);

-- The funnel of one campaign's records in one class (every funnel stage counts in-scope records only).
CREATE TABLE stats_class_summary (
    campaign_id       bigint  NOT NULL,
    class_id          bigint  NOT NULL,
    college_id        bigint  NOT NULL,
    major_id          bigint  NOT NULL,
    institution_id    bigint  NOT NULL,
    in_scope          integer NOT NULL,
    forfeited         integer NOT NULL,   -- ADMISSION_FORFEITED, out of scope
    reserved          integer NOT NULL,   -- ADMISSION_RESERVED, out of scope
    withdrawn         integer NOT NULL,   -- WITHDRAWN, out of scope
    registered        integer NOT NULL,   -- an ACTIVE account holds the record's ID number
    linked            integer NOT NULL,   -- … and its name equals the record's
    confirmed         integer NOT NULL,   -- a RECORD confirmation of the record's current version
    assisted          integer NOT NULL,   -- … given by staff (代确认)
    with_open_ticket  integer NOT NULL,
    resolved          integer NOT NULL,   -- has tickets, all closed
    reminded          integer NOT NULL,   -- reminded at least once in this campaign
    confirmed_after_reminder integer NOT NULL,  -- … and confirmed (current version) after the first reminder
    PRIMARY KEY (campaign_id, class_id, college_id, major_id)
);
CREATE INDEX stats_class_summary_college_idx ON stats_class_summary (campaign_id, college_id);
CREATE INDEX stats_class_summary_class_idx ON stats_class_summary (class_id);

-- Confirmed in-scope records by the day (Asia/Shanghai) of their current confirmation.
CREATE TABLE stats_class_day (
    campaign_id  bigint  NOT NULL,
    class_id     bigint  NOT NULL,
    college_id   bigint  NOT NULL,
    day          date    NOT NULL,
    confirmed    integer NOT NULL,
    PRIMARY KEY (campaign_id, class_id, college_id, day)
);
CREATE INDEX stats_class_day_class_idx ON stats_class_day (class_id);

-- The campaign's tickets (ticket.campaign_id) on records of the class: tickets by state, items by
-- field, tier and the ticket's state.
CREATE TABLE stats_class_ticket (
    campaign_id  bigint      NOT NULL,
    class_id     bigint      NOT NULL,
    college_id   bigint      NOT NULL,
    state        varchar(12) NOT NULL,
    tickets      integer     NOT NULL,
    PRIMARY KEY (campaign_id, class_id, college_id, state)
);
CREATE INDEX stats_class_ticket_class_idx ON stats_class_ticket (class_id);

CREATE TABLE stats_class_ticket_item (
    campaign_id  bigint      NOT NULL,
    class_id     bigint      NOT NULL,
    college_id   bigint      NOT NULL,
    field        text        NOT NULL,
    tier         varchar(16) NOT NULL,
    state        varchar(12) NOT NULL,
    items        integer     NOT NULL,
    PRIMARY KEY (campaign_id, class_id, college_id, field, tier, state)
);
CREATE INDEX stats_class_ticket_item_class_idx ON stats_class_ticket_item (class_id);

-- The trend: one row per campaign × college per day, rewritten during the day (idempotent per day).
CREATE TABLE campaign_daily_snapshot (
    campaign_id       bigint      NOT NULL,
    college_id        bigint      NOT NULL,
    day               date        NOT NULL,
    in_scope          integer     NOT NULL,
    registered        integer     NOT NULL,
    linked            integer     NOT NULL,
    confirmed         integer     NOT NULL,
    with_open_ticket  integer     NOT NULL,
    resolved          integer     NOT NULL,
    taken_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (campaign_id, day, college_id)
);

-- One run of the reminder ladder. The unique (campaign, days_before) of scheduled steps is the lease:
-- of several replicas running the same step, exactly one inserts the row and sends, in the same
-- transaction, so a failed send leaves the step to be run again.
CREATE TABLE reminder_step (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id  bigint      NOT NULL REFERENCES campaign (id),
    kind         varchar(10) NOT NULL CHECK (kind IN ('SCHEDULED', 'MANUAL')),
    days_before  integer,                                  -- SCHEDULED: the ladder's step
    run_by       text        NOT NULL,                     -- a replica's name, or the staff subject
    messaged     integer     NOT NULL DEFAULT 0,
    counsellors  integer     NOT NULL DEFAULT 0,
    started_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'SCHEDULED') = (days_before IS NOT NULL))
);
CREATE UNIQUE INDEX reminder_step_once_idx ON reminder_step (campaign_id, days_before) WHERE kind = 'SCHEDULED';

-- Who a step messaged, for "how many finished after a reminder".
CREATE TABLE reminder_recipient (
    step_id      bigint      NOT NULL REFERENCES reminder_step (id),
    campaign_id  bigint      NOT NULL,
    record_id    bigint      NOT NULL,
    account_id   bigint      NOT NULL,
    reminded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (step_id, record_id)
);
CREATE INDEX reminder_recipient_campaign_idx ON reminder_recipient (campaign_id, record_id, reminded_at);

-- Recounts the dirty classes of one institution; returns how many it recounted.
CREATE FUNCTION stats_refresh(p_institution bigint) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    classes bigint[];
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stats_dirty_class WHERE institution_id = p_institution) THEN
        RETURN 0;
    END IF;
    -- one recount per institution at a time: a second waits for the first (usually milliseconds),
    -- then recounts what is still dirty, so every caller reads counts that include its own writes
    PERFORM pg_advisory_xact_lock(1313, p_institution::integer);
    WITH taken AS (DELETE FROM stats_dirty_class d WHERE d.institution_id = p_institution RETURNING d.class_id)
    SELECT array_agg(DISTINCT class_id) INTO classes FROM taken;
    IF classes IS NULL THEN
        RETURN 0;
    END IF;
    DELETE FROM stats_class_summary WHERE class_id = ANY (classes);
    DELETE FROM stats_class_day WHERE class_id = ANY (classes);
    DELETE FROM stats_class_ticket WHERE class_id = ANY (classes);
    DELETE FROM stats_class_ticket_item WHERE class_id = ANY (classes);
    WITH tickets AS (
        SELECT t.id, t.campaign_id, r.class_id, r.college_id, t.state
        FROM enrolment_record r JOIN ticket t ON t.record_id = r.id
        WHERE r.class_id = ANY (classes) AND r.institution_id = p_institution AND t.campaign_id IS NOT NULL),
    by_state AS (
        INSERT INTO stats_class_ticket
        SELECT campaign_id, class_id, college_id, state, count(*) FROM tickets
        GROUP BY campaign_id, class_id, college_id, state)
    INSERT INTO stats_class_ticket_item
    SELECT t.campaign_id, t.class_id, t.college_id, i.field, i.tier, t.state, count(*)
    FROM tickets t JOIN ticket_item i ON i.ticket_id = t.id
    GROUP BY t.campaign_id, t.class_id, t.college_id, i.field, i.tier, t.state;
    WITH counted AS (
        SELECT c.id AS campaign_id, r.class_id, r.college_id, r.major_id, r.institution_id, r.status,
               r.status NOT IN ('ADMISSION_FORFEITED', 'ADMISSION_RESERVED', 'WITHDRAWN') AS in_scope,
               acc.id_number_index IS NOT NULL AS registered, coalesce(acc.linked, false) AS linked,
               (f.confirmed_at AT TIME ZONE 'Asia/Shanghai')::date AS confirmed_on,
               f.assisted_by IS NOT NULL AS assisted,
               coalesce(t.open, false) AS open_ticket, coalesce(NOT t.open, false) AS resolved,
               rem.first IS NOT NULL AS reminded, coalesce(f.confirmed_at > rem.first, false) AS confirmed_after_reminder
        FROM enrolment_record r
        JOIN campaign c ON c.institution_id = r.institution_id AND c.admission_year = r.admission_year
            AND (cardinality(c.levels) = 0 OR r.level = ANY (c.levels))
        LEFT JOIN LATERAL (
            SELECT a.id_number_index, bool_or(a.display_name = r.name) AS linked
            FROM account a
            WHERE a.id_number_index = r.id_number_index AND a.state = 'ACTIVE' AND a.state <> 'DEACTIVATED'
            GROUP BY a.id_number_index) acc ON true
        LEFT JOIN confirmation f ON f.record_id = r.id AND f.subject = 'RECORD' AND f.record_version = r.version
        LEFT JOIN LATERAL (
            SELECT min(rr.reminded_at) AS first FROM reminder_recipient rr
            WHERE rr.campaign_id = c.id AND rr.record_id = r.id) rem ON true
        LEFT JOIN LATERAL (
            SELECT tk.record_id, bool_or(tk.state IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED')) AS open
            FROM ticket tk WHERE tk.record_id = r.id
            GROUP BY tk.record_id) t ON true
        WHERE r.class_id = ANY (classes) AND r.institution_id = p_institution),
    summary AS (
        INSERT INTO stats_class_summary
        SELECT campaign_id, class_id, college_id, major_id, institution_id,
               count(*) FILTER (WHERE in_scope),
               count(*) FILTER (WHERE status = 'ADMISSION_FORFEITED'),
               count(*) FILTER (WHERE status = 'ADMISSION_RESERVED'),
               count(*) FILTER (WHERE status = 'WITHDRAWN'),
               count(*) FILTER (WHERE in_scope AND registered),
               count(*) FILTER (WHERE in_scope AND linked),
               count(*) FILTER (WHERE in_scope AND confirmed_on IS NOT NULL),
               count(*) FILTER (WHERE in_scope AND confirmed_on IS NOT NULL AND assisted),
               count(*) FILTER (WHERE in_scope AND open_ticket),
               count(*) FILTER (WHERE in_scope AND resolved),
               count(*) FILTER (WHERE in_scope AND reminded),
               count(*) FILTER (WHERE in_scope AND confirmed_on IS NOT NULL AND confirmed_after_reminder)
        FROM counted
        GROUP BY campaign_id, class_id, college_id, major_id, institution_id)
    INSERT INTO stats_class_day
    SELECT campaign_id, class_id, college_id, confirmed_on, count(*)
    FROM counted
    WHERE in_scope AND confirmed_on IS NOT NULL
    GROUP BY campaign_id, class_id, college_id, confirmed_on;
    RETURN cardinality(classes);
END $$;

-- Marks classes dirty; callers pass (class_id, institution_id) pairs.
CREATE FUNCTION stats_mark(p_classes bigint[], p_institutions bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO stats_dirty_class (class_id, institution_id)
    SELECT DISTINCT c, i FROM unnest(p_classes, p_institutions) AS u (c, i) WHERE c IS NOT NULL
$$;

-- The decision-waiting times per college read the campaign's tickets directly.
CREATE INDEX ticket_campaign_college_idx ON ticket (campaign_id, college_id) INCLUDE (state, submitted_at, decided_at)
    WHERE campaign_id IS NOT NULL;

-- Records: a COPY import fires these once per statement, not once per row.
CREATE FUNCTION stats_record_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM stats_mark(array_agg(class_id), array_agg(institution_id))
        FROM (SELECT DISTINCT class_id, institution_id FROM new_rows) x;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM stats_mark(array_agg(class_id), array_agg(institution_id))
        FROM (SELECT DISTINCT class_id, institution_id FROM old_rows) x;
    ELSE
        PERFORM stats_mark(array_agg(class_id), array_agg(institution_id))
        FROM (SELECT n.class_id, n.institution_id FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE (n.class_id, n.college_id, n.major_id, n.status, n.version, n.name, n.id_number_index,
                     n.admission_year, n.level)
                    IS DISTINCT FROM (o.class_id, o.college_id, o.major_id, o.status, o.version, o.name,
                                      o.id_number_index, o.admission_year, o.level)
              UNION SELECT o.class_id, o.institution_id FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE (n.class_id, n.college_id, n.major_id, n.status, n.admission_year, n.level)
                    IS DISTINCT FROM (o.class_id, o.college_id, o.major_id, o.status, o.admission_year, o.level)) x;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stats_record_inserted AFTER INSERT ON enrolment_record REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stats_record_changed();
CREATE TRIGGER stats_record_updated AFTER UPDATE ON enrolment_record REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stats_record_changed();
CREATE TRIGGER stats_record_deleted AFTER DELETE ON enrolment_record REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stats_record_changed();

-- Accounts: registering, renaming or deactivating changes "registered" and "linked" of the records
-- with that ID number.
CREATE FUNCTION stats_account_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stats_mark(array_agg(r.class_id), array_agg(r.institution_id))
    FROM enrolment_record r
    WHERE r.id_number_index IN (
        SELECT id_number_index FROM (SELECT NEW.id_number_index WHERE TG_OP <> 'DELETE'
                                     UNION SELECT OLD.id_number_index WHERE TG_OP <> 'INSERT') k (id_number_index)
        WHERE id_number_index IS NOT NULL);
    RETURN NULL;
END $$;
CREATE TRIGGER stats_account_inserted AFTER INSERT ON account
    FOR EACH ROW WHEN (NEW.id_number_index IS NOT NULL) EXECUTE FUNCTION stats_account_changed();
CREATE TRIGGER stats_account_updated AFTER UPDATE ON account
    FOR EACH ROW WHEN ((OLD.state, OLD.display_name, OLD.id_number_index) IS DISTINCT FROM
                       (NEW.state, NEW.display_name, NEW.id_number_index))
    EXECUTE FUNCTION stats_account_changed();

-- Confirmations and tickets: mark the class and tell listeners (campaignProgress) which campaigns
-- moved. NOTIFY is delivered at commit, and identical payloads of one transaction are sent once.
CREATE FUNCTION stats_records_touched(p_records bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stats_mark(array_agg(class_id), array_agg(institution_id))
    FROM (SELECT DISTINCT r.class_id, r.institution_id FROM enrolment_record r WHERE r.id = ANY (p_records)) y;
    PERFORM pg_notify('campaign_progress', c.id::text)
    FROM (SELECT DISTINCT c.id FROM enrolment_record r
          JOIN campaign c ON c.institution_id = r.institution_id AND c.admission_year = r.admission_year
              AND (cardinality(c.levels) = 0 OR r.level = ANY (c.levels))
          WHERE r.id = ANY (p_records)) c;
END $$;

CREATE FUNCTION stats_progress_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM stats_records_touched(array_agg(DISTINCT record_id)) FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM stats_records_touched(array_agg(DISTINCT record_id)) FROM old_rows;
    ELSE
        PERFORM stats_records_touched(array_agg(record_id))
        FROM (SELECT record_id FROM new_rows UNION SELECT record_id FROM old_rows) x;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stats_confirmation_inserted AFTER INSERT ON confirmation REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stats_progress_changed();
CREATE TRIGGER stats_confirmation_updated AFTER UPDATE ON confirmation REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stats_progress_changed();
CREATE TRIGGER stats_confirmation_deleted AFTER DELETE ON confirmation REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stats_progress_changed();
CREATE TRIGGER stats_ticket_inserted AFTER INSERT ON ticket REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stats_progress_changed();
CREATE TRIGGER stats_ticket_updated AFTER UPDATE ON ticket REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stats_progress_changed();
CREATE TRIGGER stats_ticket_deleted AFTER DELETE ON ticket REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stats_progress_changed();
CREATE TRIGGER stats_ticket_item_inserted AFTER INSERT ON ticket_item REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stats_progress_changed();
CREATE TRIGGER stats_ticket_item_deleted AFTER DELETE ON ticket_item REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stats_progress_changed();

-- Reminders sent: "confirmed after a reminder" is counted per class too.
CREATE FUNCTION stats_reminded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stats_mark(array_agg(class_id), array_agg(institution_id))
    FROM (SELECT DISTINCT r.class_id, r.institution_id FROM new_rows n JOIN enrolment_record r ON r.id = n.record_id) y;
    RETURN NULL;
END $$;
CREATE TRIGGER stats_reminder_recipient_inserted AFTER INSERT ON reminder_recipient REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stats_reminded();

-- A new campaign, or a changed cohort, recounts the institution's classes (a recount replaces every
-- campaign's rows of a class, so the old cohort's rows go too).
CREATE FUNCTION stats_campaign_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stats_mark(array_agg(s.id), array_agg(s.institution_id)) FROM school_class s
    WHERE s.institution_id = NEW.institution_id;
    RETURN NULL;
END $$;
CREATE TRIGGER stats_campaign_inserted AFTER INSERT ON campaign
    FOR EACH ROW EXECUTE FUNCTION stats_campaign_changed();
CREATE TRIGGER stats_campaign_cohort_changed AFTER UPDATE ON campaign
    FOR EACH ROW WHEN ((OLD.admission_year, OLD.levels) IS DISTINCT FROM (NEW.admission_year, NEW.levels))
    EXECUTE FUNCTION stats_campaign_changed();

