-- The change log of the desk configuration, written in the same transaction as each version (desk_config).

-- One row per version: who, when, why, how many objects changed. A small copy of the version's metadata, so that
-- listing versions and reading audits never touch the (large) version documents.
CREATE TABLE config_change_set (
    config_version BIGINT NOT NULL PRIMARY KEY REFERENCES desk_config (config_version),
    author         VARCHAR(200) NOT NULL,
    summary        VARCHAR(2000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    change_count   INT NOT NULL
);

-- One row per pipeline, status or property a version created, updated or deleted, with a JSON snapshot of the
-- object after the change (before it, for a delete). change_no orders the rows of one version.
CREATE TABLE config_change (
    config_version BIGINT NOT NULL REFERENCES config_change_set (config_version),
    change_no      INT NOT NULL,
    object_type    VARCHAR(20) NOT NULL,
    object_id      VARCHAR(100) NOT NULL,
    pipeline_id    VARCHAR(64),
    action         VARCHAR(10) NOT NULL,
    snapshot       VARCHAR NOT NULL,
    PRIMARY KEY (config_version, change_no)
);
-- Audits read one object's changes, newest first.
CREATE INDEX config_change_object_idx ON config_change (object_type, object_id, config_version, change_no);
