-- Madoguchi referral log, migration 5: the month, not the day; a desk code, not a free label.
--
-- At a small desk one row (language, gender, region, status, concern, day) is one person. A
-- record now keeps the month it was saved in, never the day: every existing day becomes its
-- month, irreversibly (the days are not kept anywhere). Retention works in months.
--
-- The desk label becomes a code the coordinator gives each desk (`shinjuku-2f`, `window-3`):
-- lowercase letters, digits and hyphens, with at least one digit, so that a person's name
-- (`tanaka`, `hanako-tanaka`) does not fit. A stored label is lowercased with its spaces made
-- hyphens (`Shinjuku 2F` becomes `shinjuku-2f`); one that still is not a code (`Desk A`) could
-- be a name and is cleared.
--
-- As in migration 3, SQLite cannot change a key or a CHECK in place: `record` and `referral` are
-- set aside, rebuilt and copied back in key order; `M::foreign_key_check` checks every referral
-- afterwards. Dropping `record` dropped its trigger of migration 4: it is made again at the end,
-- after the copy.
CREATE TABLE record_before_5 AS SELECT * FROM record;
CREATE TABLE referral_before_5 AS SELECT * FROM referral;
DROP TABLE referral;
DROP TABLE record;

UPDATE record_before_5 SET desk = lower(replace(desk, ' ', '-')) WHERE desk IS NOT NULL;
UPDATE record_before_5 SET desk = NULL
    WHERE desk IS NOT NULL AND NOT (length(desk) BETWEEN 1 AND 32 AND desk GLOB '[a-z0-9]*' AND NOT desk GLOB '*[^a-z0-9-]*' AND desk GLOB '*[0-9]*' AND NOT desk GLOB '*[0-9]*[0-9]*[0-9]*[0-9]*[0-9]*');

-- One row per saved consultation, from the month it was saved in (never before 2024). Clustered
-- by (mode, month, id): live and training rows are apart, statistics read a range of months,
-- and the random id hides the order of saving. A language is `ll[-Scri][-RR]` or plain
-- Japanese, `ja-x-plain`.
CREATE TABLE record (
    mode               TEXT NOT NULL CHECK (mode IN ('live', 'training')),
    month              TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12' AND month >= '2024-01'),
    id                 TEXT NOT NULL CHECK (length(id) = 32 AND NOT id GLOB '*[^0-9a-f]*'),
    desk               TEXT CHECK (length(desk) BETWEEN 1 AND 32 AND desk GLOB '[a-z0-9]*' AND NOT desk GLOB '*[^a-z0-9-]*' AND desk GLOB '*[0-9]*' AND NOT desk GLOB '*[0-9]*[0-9]*[0-9]*[0-9]*[0-9]*'),
    staff_lang         TEXT NOT NULL CHECK ((staff_lang GLOB '[a-z][a-z]' OR staff_lang GLOB '[a-z][a-z][a-z]' OR staff_lang GLOB '[a-z][a-z]-[A-Z][A-Z]' OR staff_lang GLOB '[a-z][a-z][a-z]-[A-Z][A-Z]' OR staff_lang GLOB '[a-z][a-z]-[A-Z][a-z][a-z][a-z]' OR staff_lang GLOB '[a-z][a-z][a-z]-[A-Z][a-z][a-z][a-z]' OR staff_lang GLOB '[a-z][a-z]-[A-Z][a-z][a-z][a-z]-[A-Z][A-Z]' OR staff_lang GLOB '[a-z][a-z][a-z]-[A-Z][a-z][a-z][a-z]-[A-Z][A-Z]' OR staff_lang IN ('ja-x-plain'))),
    client_lang        TEXT NOT NULL CHECK ((client_lang GLOB '[a-z][a-z]' OR client_lang GLOB '[a-z][a-z][a-z]' OR client_lang GLOB '[a-z][a-z]-[A-Z][A-Z]' OR client_lang GLOB '[a-z][a-z][a-z]-[A-Z][A-Z]' OR client_lang GLOB '[a-z][a-z]-[A-Z][a-z][a-z][a-z]' OR client_lang GLOB '[a-z][a-z][a-z]-[A-Z][a-z][a-z][a-z]' OR client_lang GLOB '[a-z][a-z]-[A-Z][a-z][a-z][a-z]-[A-Z][A-Z]' OR client_lang GLOB '[a-z][a-z][a-z]-[A-Z][a-z][a-z][a-z]-[A-Z][A-Z]' OR client_lang IN ('ja-x-plain'))),
    interpreter        INTEGER NOT NULL CHECK (interpreter IN (0, 1)),
    age_group          TEXT CHECK (age_group IN ('child', 'adult')),
    gender             TEXT CHECK (gender IN ('female', 'male', 'other')),
    nationality        TEXT CHECK (nationality IN ('japanese', 'foreign')),
    region             TEXT CHECK (region IN ('east_asia', 'southeast_asia', 'south_asia', 'central_asia', 'middle_east', 'europe', 'north_america', 'latin_america', 'africa', 'oceania')),
    residence          TEXT CHECK (residence IN ('technical_intern', 'skilled_worker', 'other_status', 'no_status', 'refugee_applicant')),
    -- concern (several allowed): one flag per value
    concern_trafficking_sexual         INTEGER NOT NULL CHECK (concern_trafficking_sexual IN (0, 1)),
    concern_trafficking_labour         INTEGER NOT NULL CHECK (concern_trafficking_labour IN (0, 1)),
    concern_sexual_violence            INTEGER NOT NULL CHECK (concern_sexual_violence IN (0, 1)),
    concern_child_abuse                INTEGER NOT NULL CHECK (concern_child_abuse IN (0, 1)),
    concern_child_sexual_exploitation  INTEGER NOT NULL CHECK (concern_child_sexual_exploitation IN (0, 1)),
    concern_online_sexual_images       INTEGER NOT NULL CHECK (concern_online_sexual_images IN (0, 1)),
    concern_domestic_violence          INTEGER NOT NULL CHECK (concern_domestic_violence IN (0, 1)),
    concern_labour_problem             INTEGER NOT NULL CHECK (concern_labour_problem IN (0, 1)),
    concern_residence_problem          INTEGER NOT NULL CHECK (concern_residence_problem IN (0, 1)),
    concern_discrimination             INTEGER NOT NULL CHECK (concern_discrimination IN (0, 1)),
    concern_other                      INTEGER NOT NULL CHECK (concern_other IN (0, 1)),
    danger             INTEGER NOT NULL CHECK (danger IN (0, 1)),
    outcome            TEXT NOT NULL CHECK (outcome IN ('referred', 'referred_with_handover', 'information_only', 'client_declined', 'interrupted')),
    handover_consent   INTEGER NOT NULL CHECK (handover_consent IN (0, 1)),
    PRIMARY KEY (mode, month, id),
    CHECK (nationality IS NOT 'japanese' OR (region IS NULL AND residence IS NULL)),
    CHECK (outcome <> 'referred_with_handover' OR handover_consent = 1)
) STRICT, WITHOUT ROWID;

-- The services a consultation was referred to, in routing order.
CREATE TABLE referral (
    mode               TEXT NOT NULL CHECK (mode IN ('live', 'training')),
    month              TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12' AND month >= '2024-01'),
    record_id          TEXT NOT NULL CHECK (length(record_id) = 32 AND NOT record_id GLOB '*[^0-9a-f]*'),
    position           INTEGER NOT NULL CHECK (position BETWEEN 0 AND 99),
    service            TEXT NOT NULL CHECK (length(service) BETWEEN 1 AND 48 AND service GLOB '[a-z]*' AND NOT service GLOB '*[^a-z0-9_]*'),
    priority           TEXT NOT NULL CHECK (priority IN ('emergency', 'urgent', 'standard')),
    PRIMARY KEY (mode, month, record_id, service),
    FOREIGN KEY (mode, month, record_id) REFERENCES record (mode, month, id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

INSERT INTO record (
    mode, month, id, desk, staff_lang, client_lang, interpreter, age_group, gender, nationality,
    region, residence, concern_trafficking_sexual, concern_trafficking_labour,
    concern_sexual_violence, concern_child_abuse, concern_child_sexual_exploitation,
    concern_online_sexual_images, concern_domestic_violence, concern_labour_problem,
    concern_residence_problem, concern_discrimination, concern_other, danger, outcome,
    handover_consent)
    SELECT
    mode, substr(day, 1, 7), id, desk, staff_lang, client_lang, interpreter, age_group, gender, nationality,
    region, residence, concern_trafficking_sexual, concern_trafficking_labour,
    concern_sexual_violence, concern_child_abuse, concern_child_sexual_exploitation,
    concern_online_sexual_images, concern_domestic_violence, concern_labour_problem,
    concern_residence_problem, concern_discrimination, concern_other, danger, outcome,
    handover_consent
    FROM record_before_5 ORDER BY mode, substr(day, 1, 7), id;
INSERT INTO referral (mode, month, record_id, position, service, priority)
    SELECT mode, substr(day, 1, 7), record_id, position, service, priority
    FROM referral_before_5 ORDER BY mode, substr(day, 1, 7), record_id, service;
DROP TABLE referral_before_5;
DROP TABLE record_before_5;

CREATE TRIGGER record_counts_as_a_write AFTER INSERT ON record
BEGIN
    UPDATE log_identity SET flip = 1 - flip;
END;
