-- The schema of the referral log after every migration in migrations/.
-- Generated: MADOGUCHI_BLESS_SCHEMA=1 cargo test -p madoguchi-store --test schema
-- Do not edit by hand; tests/schema.rs checks it against a migrated empty database.

PRAGMA application_id = 1296122959;

CREATE TABLE audit (
    at                 TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z' AND strftime('%Y-%m-%dT%H:%M:%SZ', at) IS at AND at >= '2024-01-01'),
    action             TEXT NOT NULL CHECK (action IN ('export', 'purge', 'export_training', 'bundle')),
    format             TEXT CHECK (format IN ('csv', 'json')),
    first_dim          TEXT CHECK (first_dim IN ('age_group', 'gender', 'nationality', 'region', 'residence', 'concern', 'danger', 'service', 'outcome', 'handover_consent', 'interpreter', 'staff_lang', 'client_lang', 'desk')),
    second_dim         TEXT CHECK (second_dim IN ('age_group', 'gender', 'nationality', 'region', 'residence', 'concern', 'danger', 'service', 'outcome', 'handover_consent', 'interpreter', 'staff_lang', 'client_lang', 'desk')),
    from_month         TEXT CHECK (from_month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(from_month, 6, 2) BETWEEN '01' AND '12' AND from_month >= '2024-01'),
    to_month           TEXT CHECK (to_month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(to_month, 6, 2) BETWEEN '01' AND '12' AND to_month >= '2024-01'),
    k                  INTEGER CHECK (k BETWEEN 3 AND 100),
    older_than_days    INTEGER CHECK (older_than_days BETWEEN 0 AND 36600),
    -- export: live records the statistics cover; export_training: training runs the results
    -- cover; purge: records deleted; bundle: live records written into the bundle
    count              INTEGER NOT NULL CHECK (count BETWEEN 0 AND 10000000),
    -- purge: training results deleted (NULL for purges made before migration 2)
    training_results   INTEGER CHECK (training_results BETWEEN 0 AND 10000000),
    CHECK (action <> 'export' OR (format IS NOT NULL AND first_dim IS NOT NULL AND from_month IS NOT NULL AND to_month IS NOT NULL AND k IS NOT NULL AND older_than_days IS NULL AND training_results IS NULL)),
    CHECK (action <> 'purge' OR (older_than_days IS NOT NULL AND format IS NULL AND first_dim IS NULL AND second_dim IS NULL AND from_month IS NULL AND to_month IS NULL AND k IS NULL)),
    CHECK (action <> 'export_training' OR (format IS NOT NULL AND first_dim IS NULL AND second_dim IS NULL AND k IS NULL AND older_than_days IS NULL AND training_results IS NULL AND (from_month IS NULL) = (to_month IS NULL))),
    CHECK (action <> 'bundle' OR (from_month IS NOT NULL AND to_month IS NOT NULL AND format IS NULL AND first_dim IS NULL AND second_dim IS NULL AND k IS NULL AND older_than_days IS NULL AND training_results IS NULL))
) STRICT;

CREATE TABLE log_identity (
    id                 TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 32 AND NOT id GLOB '*[^0-9a-f]*'),
    flip               INTEGER NOT NULL CHECK (flip IN (0, 1))
) STRICT, WITHOUT ROWID;

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

CREATE TABLE training_result (
    day                TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(day) IS day AND day >= '2024-01-01'),
    id                 TEXT NOT NULL CHECK (length(id) = 32 AND NOT id GLOB '*[^0-9a-f]*'),
    -- a case id of data/scenarios: lowercase letters, digits and `-`, at most four digits
    case_id            TEXT NOT NULL CHECK (length(case_id) BETWEEN 1 AND 48 AND case_id GLOB '[a-z]*' AND NOT case_id GLOB '*[^a-z0-9-]*' AND NOT case_id GLOB '*[0-9]*[0-9]*[0-9]*[0-9]*[0-9]*'),
    staff_lang         TEXT NOT NULL CHECK ((staff_lang GLOB '[a-z][a-z]' OR staff_lang GLOB '[a-z][a-z][a-z]' OR staff_lang GLOB '[a-z][a-z]-[A-Z][A-Z]' OR staff_lang GLOB '[a-z][a-z][a-z]-[A-Z][A-Z]' OR staff_lang GLOB '[a-z][a-z]-[A-Z][a-z][a-z][a-z]' OR staff_lang GLOB '[a-z][a-z][a-z]-[A-Z][a-z][a-z][a-z]' OR staff_lang GLOB '[a-z][a-z]-[A-Z][a-z][a-z][a-z]-[A-Z][A-Z]' OR staff_lang GLOB '[a-z][a-z][a-z]-[A-Z][a-z][a-z][a-z]-[A-Z][A-Z]' OR staff_lang IN ('ja-x-plain'))),
    client_lang        TEXT NOT NULL CHECK ((client_lang GLOB '[a-z][a-z]' OR client_lang GLOB '[a-z][a-z][a-z]' OR client_lang GLOB '[a-z][a-z]-[A-Z][A-Z]' OR client_lang GLOB '[a-z][a-z][a-z]-[A-Z][A-Z]' OR client_lang GLOB '[a-z][a-z]-[A-Z][a-z][a-z][a-z]' OR client_lang GLOB '[a-z][a-z][a-z]-[A-Z][a-z][a-z][a-z]' OR client_lang GLOB '[a-z][a-z]-[A-Z][a-z][a-z][a-z]-[A-Z][A-Z]' OR client_lang GLOB '[a-z][a-z][a-z]-[A-Z][a-z][a-z][a-z]-[A-Z][A-Z]' OR client_lang IN ('ja-x-plain'))),
    -- the score: referrals the case expects, of them given (hit) and not (missed), given that
    -- must not be, given that do no harm; emergencies handled; passed
    expected           INTEGER NOT NULL CHECK (expected BETWEEN 0 AND 99),
    hit                INTEGER NOT NULL CHECK (hit BETWEEN 0 AND 99),
    missed             INTEGER NOT NULL CHECK (missed BETWEEN 0 AND 99),
    must_not           INTEGER NOT NULL CHECK (must_not BETWEEN 0 AND 99),
    extra              INTEGER NOT NULL CHECK (extra BETWEEN 0 AND 99),
    emergency_ok       INTEGER NOT NULL CHECK (emergency_ok IN (0, 1)),
    passed             INTEGER NOT NULL CHECK (passed IN (0, 1)),
    PRIMARY KEY (day, id),
    CHECK (hit + missed = expected),
    CHECK (passed = (missed = 0 AND must_not = 0 AND emergency_ok = 1))
) STRICT, WITHOUT ROWID;

CREATE TRIGGER audit_counts_as_a_write AFTER INSERT ON audit
BEGIN
    UPDATE log_identity SET flip = 1 - flip;
END;

CREATE TRIGGER record_counts_as_a_write AFTER INSERT ON record
BEGIN
    UPDATE log_identity SET flip = 1 - flip;
END;

CREATE TRIGGER training_result_counts_as_a_write AFTER INSERT ON training_result
BEGIN
    UPDATE log_identity SET flip = 1 - flip;
END;
