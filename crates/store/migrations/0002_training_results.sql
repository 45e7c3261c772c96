-- Madoguchi referral log, migration 2: training results, kept apart from live records, and
-- exports of them in the audit trail.
--
-- As in migration 1, every column is a category, a flag, a day or a bounded count, each with a
-- CHECK, and the tables are STRICT: no trainee name, no free text.

-- One row per finished training run (`madoguchi train --db`): the case, the day, the two
-- languages and the score. Never read by statistics over live records. Keyed by (day, id) with
-- a random id, like `record`: a day's runs cannot be put back in the order they were saved.
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

-- The audit table learns a third action, `export_training` (per-case training results written
-- to a file), and purges count the training results they delete. SQLite cannot change a CHECK
-- in place: the table is rebuilt, keeping every row and its order.
CREATE TABLE audit_before_2 AS SELECT rowid AS n, * FROM audit;
DROP TABLE audit;

-- Each export and purge: what, when, how many. Nothing about clients or trainees.
CREATE TABLE audit (
    at                 TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z' AND strftime('%Y-%m-%dT%H:%M:%SZ', at) IS at AND at >= '2024-01-01'),
    action             TEXT NOT NULL CHECK (action IN ('export', 'purge', 'export_training')),
    format             TEXT CHECK (format IN ('csv', 'json')),
    first_dim          TEXT CHECK (first_dim IN ('age_group', 'gender', 'nationality', 'region', 'residence', 'concern', 'danger', 'service', 'outcome', 'handover_consent', 'interpreter', 'staff_lang', 'client_lang', 'desk')),
    second_dim         TEXT CHECK (second_dim IN ('age_group', 'gender', 'nationality', 'region', 'residence', 'concern', 'danger', 'service', 'outcome', 'handover_consent', 'interpreter', 'staff_lang', 'client_lang', 'desk')),
    from_month         TEXT CHECK (from_month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(from_month, 6, 2) BETWEEN '01' AND '12' AND from_month >= '2024-01'),
    to_month           TEXT CHECK (to_month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(to_month, 6, 2) BETWEEN '01' AND '12' AND to_month >= '2024-01'),
    k                  INTEGER CHECK (k BETWEEN 3 AND 100),
    older_than_days    INTEGER CHECK (older_than_days BETWEEN 0 AND 36600),
    -- export: live records the statistics cover; export_training: training runs the results
    -- cover; purge: records deleted
    count              INTEGER NOT NULL CHECK (count BETWEEN 0 AND 10000000),
    -- purge: training results deleted (NULL for purges made before this migration)
    training_results   INTEGER CHECK (training_results BETWEEN 0 AND 10000000),
    CHECK (action <> 'export' OR (format IS NOT NULL AND first_dim IS NOT NULL AND from_month IS NOT NULL AND to_month IS NOT NULL AND k IS NOT NULL AND older_than_days IS NULL AND training_results IS NULL)),
    CHECK (action <> 'purge' OR (older_than_days IS NOT NULL AND format IS NULL AND first_dim IS NULL AND second_dim IS NULL AND from_month IS NULL AND to_month IS NULL AND k IS NULL)),
    CHECK (action <> 'export_training' OR (format IS NOT NULL AND first_dim IS NULL AND second_dim IS NULL AND k IS NULL AND older_than_days IS NULL AND training_results IS NULL AND (from_month IS NULL) = (to_month IS NULL)))
) STRICT;

INSERT INTO audit (rowid, at, action, format, first_dim, second_dim, from_month, to_month, k, older_than_days, count)
    SELECT n, at, action, format, first_dim, second_dim, from_month, to_month, k, older_than_days, count
    FROM audit_before_2 ORDER BY n;
DROP TABLE audit_before_2;
