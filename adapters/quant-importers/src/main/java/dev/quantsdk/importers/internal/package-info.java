/**
 * Internals of the disclosure importers (CSV tokenising, field aliases); not part of the API.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional} or, in raw rows, the empty
 * string.
 */
package dev.quantsdk.importers.internal;
