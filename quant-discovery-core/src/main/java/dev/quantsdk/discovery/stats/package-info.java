/**
 * Multiple-testing and shared statistics used by the discovery engines.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.discovery.stats;
