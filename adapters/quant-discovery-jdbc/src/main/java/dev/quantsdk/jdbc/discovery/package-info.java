/**
 * The orchestration facade's discovery ports implemented on a JDBC {@link javax.sql.DataSource}
 * whose schema quant-persistence migrated (H2 or PostgreSQL). Reads the host app's
 * {@code politicians} and {@code trades}; writes the discovery tables, each write replacing what
 * its key held, in one transaction.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.jdbc.discovery;
