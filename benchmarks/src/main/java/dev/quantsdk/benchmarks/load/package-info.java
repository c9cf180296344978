/**
 * The load fixture: a PostgreSQL database seeded with realistic discoveries, served by the JDK
 * HTTP adapter for {@code wrk} ({@code benchmarks/load/recent-discoveries.sh}).
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.benchmarks.load;
