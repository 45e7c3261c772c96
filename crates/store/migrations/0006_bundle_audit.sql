-- Madoguchi referral log, migration 6: bundles for a hub in the audit trail.
--
-- `madoguchi bundle` writes the live records of a period, encrypted for the hub that pools many
-- desks' statistics. Like an export it is recorded: when, which months, how many records. SQLite
-- cannot change a CHECK in place: the table is rebuilt, keeping every row and its order, and the
-- trigger of migration 4 is made again on the new table.
CREATE TABLE audit_before_6 AS SELECT rowid AS n, * FROM audit;
DROP TABLE audit;

-- Each export, purge and bundle: what, when, how many. Nothing about clients or trainees.
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

INSERT INTO audit (rowid, at, action, format, first_dim, second_dim, from_month, to_month, k, older_than_days, count, training_results)
    SELECT n, at, action, format, first_dim, second_dim, from_month, to_month, k, older_than_days, count, training_results
    FROM audit_before_6 ORDER BY n;
DROP TABLE audit_before_6;

CREATE TRIGGER audit_counts_as_a_write AFTER INSERT ON audit
BEGIN
    UPDATE log_identity SET flip = 1 - flip;
END;
