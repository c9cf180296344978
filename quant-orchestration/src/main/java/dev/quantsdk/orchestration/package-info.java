/**
 * The orchestration facade: runs whole analyses across the engines and talks to the outside world
 * only through ports (repositories, job runs, notification, clock). Its API has no JPA or JDBC
 * types; adapters implement the ports.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.orchestration;
