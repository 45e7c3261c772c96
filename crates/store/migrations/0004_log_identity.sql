-- Madoguchi referral log, migration 4: the log's identity.
--
-- A random id made once, when the log is made (or when this migration runs on an older log), and
-- a flag that flips with every row written to `record`, `training_result` or `audit` (a flag, not
-- a count, so that the column can hold nothing else). So every transaction's pages in the
-- write-ahead log include this row: a WAL found beside the file is read together with it, and
-- must show the file's own id. A WAL left from another log (a folder moved between desks) shows that log's id instead,
-- and is moved aside rather than written into this one. The id is random: it says nothing about
-- the desk, the day or anyone.
CREATE TABLE log_identity (
    id                 TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 32 AND NOT id GLOB '*[^0-9a-f]*'),
    flip               INTEGER NOT NULL CHECK (flip IN (0, 1))
) STRICT, WITHOUT ROWID;
INSERT INTO log_identity (id, flip) VALUES (lower(hex(randomblob(16))), 0);

CREATE TRIGGER record_counts_as_a_write AFTER INSERT ON record
BEGIN
    UPDATE log_identity SET flip = 1 - flip;
END;
CREATE TRIGGER training_result_counts_as_a_write AFTER INSERT ON training_result
BEGIN
    UPDATE log_identity SET flip = 1 - flip;
END;
CREATE TRIGGER audit_counts_as_a_write AFTER INSERT ON audit
BEGIN
    UPDATE log_identity SET flip = 1 - flip;
END;
