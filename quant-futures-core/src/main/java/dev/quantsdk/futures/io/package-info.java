/**
 * Loaders of futures bar files: Quandl/CHRIS daily CSV, QuantConnect Lean per-contract
 * zips and generic OHLCV CSV with a column mapping.
 *
 * <p>The one package of this module that reads bytes: every loader takes an
 * {@link java.io.InputStream}, and its {@link java.nio.file.Path} overload opens the file
 * and delegates. Loaders are stateless and thread-safe; I/O failures surface as
 * {@link java.io.UncheckedIOException}, malformed text as {@link IllegalArgumentException}
 * naming the row, invalid bars according to the caller's
 * {@link dev.quantsdk.futures.bar.ValidationPolicy}.
 *
 * <p>Non-null by default: no method accepts or returns {@code null}.
 */
package dev.quantsdk.futures.io;
