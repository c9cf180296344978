/**
 * Futures engines: instruments, bar series, features, signals, backtests (pure: no I/O).
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.futures;
