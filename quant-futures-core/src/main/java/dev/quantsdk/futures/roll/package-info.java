/**
 * Continuous futures series stitched from per-contract series: roll rules (calendar, volume
 * crossover, open-interest crossover), price adjustments (none, difference, ratio), the roll
 * schedule and the real contract and price held on each date.
 *
 * <p>Pure engines: no I/O. All types are immutable and thread-safe. Non-null by default: no
 * method accepts or returns {@code null}.
 */
package dev.quantsdk.futures.roll;
