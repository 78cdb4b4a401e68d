/**
 * JDBC helpers for bundles that keep tables of their own in the store's database, written on the connection of a
 * core store transaction ({@link org.pipedesk.core.spi.StoreTransaction#unwrap}).
 */
package org.pipedesk.store.jdbc.sql;
