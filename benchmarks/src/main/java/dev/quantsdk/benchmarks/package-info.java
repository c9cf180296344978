/**
 * JMH benchmarks.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.benchmarks;
