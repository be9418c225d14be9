-- StatisticsBenchmark's data: 1,000,000 enrolment records in 20 institutions (the first holds 60,000,
-- the others 49,474 each), 1,500 classes of 12 colleges per institution, accounts for 88% of the
-- students (95% of them with the record's name, 2% disabled), 76% of records confirmed (4 points of
-- them at an older version, 3% assisted), tickets on 6% of records in every state with 1-2 items, one
-- counsellor per 5 classes, one campaign per institution, 30 days of trend snapshots and a 7-day
-- reminder to a quarter of the students. Written straight into the tables with generate_series
-- (about a minute); run as one script on one connection (temp tables, session_replication_role).
SET session_replication_role = replica;
INSERT INTO institution (code, name) SELECT (90100 + i)::text, '统计基准院校' || i FROM generate_series(1, 20) i;
CREATE TEMP TABLE bench_inst AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM institution WHERE code::int BETWEEN 90101 AND 90120;
INSERT INTO college (institution_id, code, name) SELECT b.id, lpad(c::text, 2, '0'), '学院' || c FROM bench_inst b, generate_series(1, 12) c;
INSERT INTO major (institution_id, college_id, catalogue_code, name, level, length_of_schooling)
SELECT co.institution_id, co.id, lpad((80900 + co.code::int * 10 + m)::text, 6, '0'), '专业' || co.code || m, 'BACHELOR', 4
FROM college co JOIN bench_inst b ON b.id = co.institution_id, generate_series(1, 5) m;
-- 1,500 classes per institution: 25 per major
INSERT INTO school_class (institution_id, college_id, major_id, code, name, admission_year)
SELECT m.institution_id, m.college_id, m.id, m.catalogue_code || lpad(k::text, 3, '0'), m.name || k || '班', 2025
FROM major m JOIN bench_inst b ON b.id = m.institution_id, generate_series(1, 25) k;
CREATE TEMP TABLE bench_class AS
SELECT s.id, s.institution_id, s.college_id, s.major_id, row_number() OVER (PARTITION BY s.institution_id ORDER BY s.id) - 1 AS k
FROM school_class s JOIN bench_inst b ON b.id = s.institution_id;
CREATE INDEX ON bench_class (institution_id, k);
-- records: institution 1 holds 60,000, the other 19 share the rest
INSERT INTO enrolment_record (institution_id, college_id, major_id, class_id, examinee_number, student_number, name, gender,
    birth_date, id_type, id_number_cipher, id_number_index, id_number_masked, ethnicity, origin_province,
    length_of_schooling, level, admission_year, study_mode, education_category, status, version)
SELECT c.institution_id, c.college_id, c.major_id, c.id, lpad(g.i::text, 14, '0'), 'B' || g.i, '学生' || g.i,
       CASE WHEN g.i % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END, date '2007-01-01' + (g.i % 365), 'RESIDENT_ID',
       '\x00'::bytea, decode(md5('id' || g.i), 'hex'), '110***********' || lpad((g.i % 10000)::text, 4, '0'), '01', '50', 4,
       'BACHELOR', 2025, 'FULL_TIME', 'REGULAR',
       CASE WHEN g.i % 100 = 1 THEN 'ADMISSION_FORFEITED' WHEN g.i % 100 = 2 THEN 'ADMISSION_RESERVED'
            WHEN g.i % 100 = 3 THEN 'WITHDRAWN' ELSE 'REGISTERED' END,
       (g.i % 7 = 0)::int
FROM (SELECT i, CASE WHEN i <= 60000 THEN 1 ELSE 2 + (i - 60001) / 49474 END AS inst,
             CASE WHEN i <= 60000 THEN i - 1 ELSE (i - 60001) % 49474 END AS seq
      FROM generate_series(1, 1000000) i) g
JOIN bench_inst b ON b.n = g.inst
JOIN bench_class c ON c.institution_id = b.id AND c.k = g.seq % 1500;
-- accounts: 88% of students registered, 95% of those with the record's name
INSERT INTO account (display_name, id_type, id_number_cipher, id_number_index, id_number_masked, password_hash, roles,
    phone_cipher, phone_index, phone_masked, state)
SELECT CASE WHEN r.id % 20 = 0 THEN r.name || '甲' ELSE r.name END, 'RESIDENT_ID', '\x00'::bytea, r.id_number_index,
       r.id_number_masked, 'x', '{STUDENT}', '\x00'::bytea, decode(md5('ph' || r.id), 'hex'), '138****' || lpad((r.id % 10000)::text, 4, '0'),
       CASE WHEN r.id % 50 = 0 THEN 'DISABLED' ELSE 'ACTIVE' END
FROM enrolment_record r JOIN bench_inst b ON b.id = r.institution_id WHERE r.id % 25 NOT IN (1, 2, 3);
-- counsellors: one per 5 classes
INSERT INTO account (username, display_name, password_hash, roles, institution_id, class_ids)
SELECT 'cns' || c.institution_id || '_' || (c.k / 5), '辅导员' || (c.k / 5), 'x', '{COUNSELLOR}', c.institution_id, array_agg(c.id)
FROM bench_class c GROUP BY c.institution_id, c.k / 5;
INSERT INTO campaign (institution_id, name, admission_year, opens_at, closes_at, fields_to_check, created_by)
SELECT b.id, '2025级新生学籍自查', 2025, timestamptz '2025-10-22 00:00+08', timestamptz '2025-11-30 00:00+08', '{name}', 'bench'
FROM bench_inst b;
-- confirmations: 72% at the current version (3% of them assisted), 4% at an older version
INSERT INTO confirmation (record_id, campaign_id, subject, record_version, content_hash, account_id, assisted_by, assisted_reason, confirmed_at)
SELECT r.id, c.id, 'RECORD', CASE WHEN r.id % 25 = 4 AND r.version > 0 THEN r.version - 1 ELSE r.version END,
       sha256(('c' || r.id)::bytea), NULL,
       CASE WHEN r.id % 33 = 0 THEN 'counsellor' END, CASE WHEN r.id % 33 = 0 THEN '学生住院，代为确认' END,
       timestamptz '2025-10-22 08:00+08' + ((r.id * 7919) % (38 * 86400)) * interval '1 second'
FROM enrolment_record r JOIN campaign c ON c.institution_id = r.institution_id JOIN bench_inst b ON b.id = r.institution_id
WHERE r.id % 100 < 76;
-- tickets: 6% of students, states spread over the workflow
INSERT INTO ticket (record_id, campaign_id, institution_id, college_id, account_id, state, record_version, submitted_at, decided_at, closed_at)
SELECT r.id, c.id, r.institution_id, r.college_id, a.id,
       (ARRAY['SUBMITTED','IN_REVIEW','NEEDS_INFO','APPROVED','APPLIED','REJECTED','WITHDRAWN'])[1 + (r.id / 17) % 7],
       r.version, timestamptz '2025-10-22 08:00+08' + ((r.id * 104729) % (30 * 86400)) * interval '1 second', NULL, NULL
FROM enrolment_record r JOIN campaign c ON c.institution_id = r.institution_id JOIN bench_inst b ON b.id = r.institution_id
JOIN account a ON a.id_number_index = r.id_number_index AND a.state <> 'DEACTIVATED'
WHERE r.id % 17 = 5;
UPDATE ticket SET decided_at = submitted_at + ((id * 37) % (9 * 86400)) * interval '1 second'
WHERE state IN ('APPROVED', 'APPLIED', 'REJECTED') AND institution_id IN (SELECT id FROM bench_inst);
UPDATE ticket SET closed_at = coalesce(decided_at, submitted_at + interval '2 days')
WHERE state IN ('APPLIED', 'REJECTED', 'WITHDRAWN') AND institution_id IN (SELECT id FROM bench_inst);
INSERT INTO ticket_item (ticket_id, record_id, field, tier, current_value, requested_value, reason_code, open)
SELECT t.id, t.record_id, f.field, f.tier, 'a', 'b', 'TYPO', t.state IN ('SUBMITTED','IN_REVIEW','NEEDS_INFO','APPROVED')
FROM ticket t JOIN bench_inst b ON b.id = t.institution_id
JOIN LATERAL (SELECT * FROM (VALUES ('name', 'IDENTITY'), ('classCode', 'ORGANISATIONAL'), ('ethnicity', 'IDENTITY'), ('major', 'ORGANISATIONAL'))
              v (field, tier) LIMIT 1 + t.id % 2 OFFSET t.id % 3) f ON true;
INSERT INTO ticket_event (ticket_id, from_state, to_state, actor, occurred_at)
SELECT t.id, NULL, 'SUBMITTED', 'student', t.submitted_at FROM ticket t JOIN bench_inst b ON b.id = t.institution_id;
INSERT INTO reminder_step (campaign_id, kind, days_before, run_by, messaged, started_at)
SELECT c.id, 'SCHEDULED', 7, 'bench', 0, c.closes_at - interval '7 days' FROM campaign c JOIN bench_inst b ON b.id = c.institution_id;
INSERT INTO reminder_recipient (step_id, campaign_id, record_id, account_id, reminded_at)
SELECT s.id, c.id, r.id, a.id, s.started_at
FROM reminder_step s JOIN campaign c ON c.id = s.campaign_id JOIN enrolment_record r ON r.institution_id = c.institution_id
JOIN account a ON a.id_number_index = r.id_number_index AND a.state = 'ACTIVE'
WHERE s.run_by = 'bench' AND r.id % 4 = 0;
SET session_replication_role = DEFAULT;
INSERT INTO stats_dirty_class (class_id, institution_id) SELECT id, institution_id FROM bench_class;
DROP TABLE bench_class;
DROP TABLE bench_inst;
ANALYZE;
