-- Madoguchi hub on PostgreSQL, migration 1: bundles, their records and the counts reports read.
--
-- Everything lives in the schema `madoguchi` (made by `madoguchi hub init`, which runs these
-- files in order, each once, in a transaction; applied files are pinned by their SHA-256). The
-- role that runs it needs no superuser: owning the database (or CREATE on it) is enough.
--
-- The hub holds nothing the desks do not: the records exactly as the bundles carry them
-- (categories and the month; every column CHECKed like the desk's SQLite log), and counts made
-- from them. Every row has its desk.

-- The category lists (facts and their values, service ids) a bundle may be written against,
-- by the SHA-256 of their canonical JSON. A bundle with a version not listed is refused.
CREATE TABLE category_version (
    version         text PRIMARY KEY CHECK (version ~ '^[0-9a-f]{64}$'),
    lists           jsonb NOT NULL,
    registered_at   timestamptz NOT NULL DEFAULT now()
);

-- One imported bundle: one desk's live records of a period. A newer bundle of the same desk
-- whose period covers this one replaces it (rows deleted, in the import's transaction).
CREATE TABLE bundle (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    desk             text NOT NULL CHECK (desk ~ '^[a-z0-9][a-z0-9-]{0,31}$'),
    from_month       text NOT NULL CHECK (from_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    to_month         text NOT NULL CHECK (to_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    created          timestamptz NOT NULL,
    content_sha256   text NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    category_version text NOT NULL REFERENCES category_version (version),
    records          integer NOT NULL CHECK (records >= 0),
    imported_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (from_month <= to_month)
);
CREATE INDEX bundle_desk ON bundle (desk, from_month);

-- The records, as in the desk's log (the desk's own counter label kept as `label`).
CREATE TABLE record (
    desk             text NOT NULL,
    bundle_id        bigint NOT NULL,
    month            text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' AND month >= '2024-01'),
    id               uuid NOT NULL,
    label            text CHECK (label ~ '^[a-z0-9][a-z0-9-]{0,31}$'),
    staff_lang       text NOT NULL CHECK (staff_lang ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?(-x-[a-z]{1,8})?$'),
    client_lang      text NOT NULL CHECK (client_lang ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?(-x-[a-z]{1,8})?$'),
    interpreter      boolean NOT NULL,
    age_group        text CHECK (age_group IN ('child', 'adult')),
    gender           text CHECK (gender IN ('female', 'male', 'other')),
    nationality      text CHECK (nationality IN ('japanese', 'foreign')),
    region           text CHECK (region IN ('east_asia', 'southeast_asia', 'south_asia', 'central_asia', 'middle_east', 'europe', 'north_america', 'latin_america', 'africa', 'oceania')),
    residence        text CHECK (residence IN ('technical_intern', 'skilled_worker', 'other_status', 'no_status', 'refugee_applicant')),
    concerns         text[] NOT NULL CHECK (concerns <@ ARRAY['trafficking_sexual', 'trafficking_labour', 'sexual_violence', 'child_abuse', 'child_sexual_exploitation', 'online_sexual_images', 'domestic_violence', 'labour_problem', 'residence_problem', 'discrimination', 'other']),
    danger           boolean NOT NULL,
    outcome          text NOT NULL CHECK (outcome IN ('referred', 'referred_with_handover', 'information_only', 'client_declined', 'interrupted')),
    handover_consent boolean NOT NULL,
    -- referrals in routing order: service ids and their priorities, side by side
    services         text[] NOT NULL,
    priorities       text[] NOT NULL CHECK (priorities <@ ARRAY['emergency', 'urgent', 'standard']),
    CHECK (cardinality(services) = cardinality(priorities)),
    CHECK (nationality IS DISTINCT FROM 'japanese' OR (region IS NULL AND residence IS NULL)),
    CHECK (outcome <> 'referred_with_handover' OR handover_consent)
);
CREATE INDEX record_bundle ON record (bundle_id);

-- Counts made at import, per bundle: live records per month, each dimension's categories per
-- month, and each pair of dimensions' categories per month (the pair in the order of
-- `madoguchi_core::Dimension`). The desk dimension is the `desk` column itself.
CREATE TABLE month_count (
    desk             text NOT NULL,
    bundle_id        bigint NOT NULL,
    month            text NOT NULL,
    records          integer NOT NULL CHECK (records >= 0)
);
CREATE INDEX month_count_month ON month_count (month);
CREATE INDEX month_count_bundle ON month_count (bundle_id);

CREATE TABLE one_count (
    desk             text NOT NULL,
    bundle_id        bigint NOT NULL,
    month            text NOT NULL,
    dim              text NOT NULL,
    category         text NOT NULL,
    n                integer NOT NULL CHECK (n > 0)
);
CREATE INDEX one_count_dim ON one_count (dim, month);
CREATE INDEX one_count_bundle ON one_count (bundle_id);

CREATE TABLE two_count (
    desk             text NOT NULL,
    bundle_id        bigint NOT NULL,
    month            text NOT NULL,
    dim_a            text NOT NULL,
    dim_b            text NOT NULL,
    cat_a            text NOT NULL,
    cat_b            text NOT NULL,
    n                integer NOT NULL CHECK (n > 0),
    CHECK (dim_a <> dim_b)
);
CREATE INDEX two_count_pair ON two_count (dim_a, dim_b, month) INCLUDE (desk, cat_a, cat_b, n);
CREATE INDEX two_count_bundle ON two_count (bundle_id);

-- What was done at the hub: imports (with the bundle replaced, if any) and exports.
CREATE TABLE audit (
    at               timestamptz NOT NULL DEFAULT now(),
    role             text NOT NULL DEFAULT current_user,
    action           text NOT NULL CHECK (action IN ('import', 'replace', 'export')),
    desk             text,
    from_month       text,
    to_month         text,
    records          integer,
    content_sha256   text,
    replaced_sha256  text,
    detail           text
);
