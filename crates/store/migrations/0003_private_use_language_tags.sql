-- Madoguchi referral log, migration 3: records in plain Japanese.
--
-- A consultation held in plain Japanese has the language tag `ja-x-plain` (a private-use tag).
-- The record table takes it as a staff or client language, as `training_result` has since
-- migration 2: one enumerated private-use tag, not a pattern, so a private-use subtag can never
-- carry a name (`ja-x-tanaka` is refused). Every other column, CHECK and the key are unchanged.
--
-- SQLite cannot change a CHECK in place: the table is rebuilt. Migrations run in one transaction
-- with foreign keys on, so dropping `record` would cascade into `referral` (and renaming it
-- would repoint referral's foreign key): `referral` is set aside and rebuilt too, unchanged, and
-- both are copied back in key order. `M::foreign_key_check` checks every referral afterwards.
CREATE TABLE record_before_3 AS SELECT * FROM record;
CREATE TABLE referral_before_3 AS SELECT * FROM referral;
DROP TABLE referral;
DROP TABLE record;

-- One row per saved consultation, from the day it was saved (never before 2024: a day column
-- cannot hold the birth date of anyone born before the software). Clustered by (mode, day, id):
-- live and training rows are apart, statistics read a range of days, and the random id hides the
-- order of saving. A language is `ll[-Scri][-RR]` or plain Japanese, `ja-x-plain`.
CREATE TABLE record (
    mode               TEXT NOT NULL CHECK (mode IN ('live', 'training')),
    day                TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(day) IS day AND day >= '2024-01-01'),
    id                 TEXT NOT NULL CHECK (length(id) = 32 AND NOT id GLOB '*[^0-9a-f]*'),
    desk               TEXT CHECK (length(desk) BETWEEN 1 AND 40 AND desk GLOB '[A-Za-z0-9]*' AND NOT desk GLOB '*[^A-Za-z0-9 -]*' AND NOT desk GLOB '*[0-9]*[0-9]*[0-9]*[0-9]*[0-9]*'),
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
    PRIMARY KEY (mode, day, id),
    CHECK (nationality IS NOT 'japanese' OR (region IS NULL AND residence IS NULL)),
    CHECK (outcome <> 'referred_with_handover' OR handover_consent = 1)
) STRICT, WITHOUT ROWID;

-- The services a consultation was referred to, in routing order.
CREATE TABLE referral (
    mode               TEXT NOT NULL CHECK (mode IN ('live', 'training')),
    day                TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(day) IS day AND day >= '2024-01-01'),
    record_id          TEXT NOT NULL CHECK (length(record_id) = 32 AND NOT record_id GLOB '*[^0-9a-f]*'),
    position           INTEGER NOT NULL CHECK (position BETWEEN 0 AND 99),
    service            TEXT NOT NULL CHECK (length(service) BETWEEN 1 AND 48 AND service GLOB '[a-z]*' AND NOT service GLOB '*[^a-z0-9_]*'),
    priority           TEXT NOT NULL CHECK (priority IN ('emergency', 'urgent', 'standard')),
    PRIMARY KEY (mode, day, record_id, service),
    FOREIGN KEY (mode, day, record_id) REFERENCES record (mode, day, id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

INSERT INTO record (
    mode, day, id, desk, staff_lang, client_lang, interpreter, age_group, gender, nationality,
    region, residence, concern_trafficking_sexual, concern_trafficking_labour,
    concern_sexual_violence, concern_child_abuse, concern_child_sexual_exploitation,
    concern_online_sexual_images, concern_domestic_violence, concern_labour_problem,
    concern_residence_problem, concern_discrimination, concern_other, danger, outcome,
    handover_consent)
    SELECT
    mode, day, id, desk, staff_lang, client_lang, interpreter, age_group, gender, nationality,
    region, residence, concern_trafficking_sexual, concern_trafficking_labour,
    concern_sexual_violence, concern_child_abuse, concern_child_sexual_exploitation,
    concern_online_sexual_images, concern_domestic_violence, concern_labour_problem,
    concern_residence_problem, concern_discrimination, concern_other, danger, outcome,
    handover_consent
    FROM record_before_3 ORDER BY mode, day, id;
INSERT INTO referral (mode, day, record_id, position, service, priority)
    SELECT mode, day, record_id, position, service, priority
    FROM referral_before_3 ORDER BY mode, day, record_id, service;
DROP TABLE referral_before_3;
DROP TABLE record_before_3;
