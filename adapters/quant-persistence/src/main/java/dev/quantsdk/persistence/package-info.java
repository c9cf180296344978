/**
 * Persistence adapter: opens a database, migrates it with Flyway, and hands out Hibernate and JDBC access.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.persistence;
