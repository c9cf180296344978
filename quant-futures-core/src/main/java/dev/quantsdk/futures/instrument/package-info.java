/**
 * Futures instruments: contract months and their month codes, expiry rules, business-day
 * calendars, contract specifications and a small catalogue of CME products.
 *
 * <p>Every type here is an immutable value (records or stateless rules) and thread-safe.
 * Non-null by default: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional}.
 */
package dev.quantsdk.futures.instrument;
