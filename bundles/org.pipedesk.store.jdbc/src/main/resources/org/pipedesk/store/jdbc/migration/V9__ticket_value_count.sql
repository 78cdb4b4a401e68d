-- Tickets per (property, status, value) for the properties core counts (enumerations, booleans, owners, teams:
-- values from a bounded set), kept exact in the same transaction as every ticket write, so a search's total for
-- "this value (of this status)" reads a few rows instead of counting every matching index entry. value_key is the
-- indexed prefix of ticket_property, the key a search's EQ compares. Sharded like ticket_status_count: each
-- transaction adds into one shard; a count is the sum of its shards.
CREATE TABLE ticket_value_count (
    prop_name VARCHAR(100) NOT NULL,
    status_id VARCHAR(64) NOT NULL,
    value_key VARCHAR(255) NOT NULL,
    shard     INT NOT NULL,
    tickets   BIGINT NOT NULL,
    PRIMARY KEY (prop_name, status_id, value_key, shard)
);

-- The properties counted in ticket_value_count. Core names them from the desk configuration (which SQL cannot
-- read): on the first start after this migration it names them and the store counts each from ticket_property,
-- and again whenever a configuration change adds or removes one.
CREATE TABLE ticket_counted_property (
    prop_name VARCHAR(100) NOT NULL PRIMARY KEY
);
