/**
 * Scheduled, scaled-out discovery workers on db-scheduler: a nightly recurring discovery fanned
 * out as one task per politician, shared by any number of worker processes on one database.
 *
 * <p>Every parameter and return value is non-null unless documented otherwise; absent values are
 * {@link java.util.Optional}.
 */
package dev.quantsdk.worker;
