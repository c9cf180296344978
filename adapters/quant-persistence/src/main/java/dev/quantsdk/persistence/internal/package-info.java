/**
 * Internals of the persistence adapter; not API, may change without notice.
 *
 * <p>Non-null by default.
 */
package dev.quantsdk.persistence.internal;
