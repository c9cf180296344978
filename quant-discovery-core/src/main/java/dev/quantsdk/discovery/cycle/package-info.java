/**
 * Cycle detection in politicians' trading activity ({@code fourier_cycle}): activity series,
 * periodograms (JTransforms), Fisher's g with a red-noise bootstrap null, Lomb–Scargle with
 * Baluev's false-alarm probability, the Rayleigh test for event times, and a scan that controls
 * the false-discovery rate across everyone scanned.
 *
 * <p>Engines are pure: arrays and records in, records out; no I/O, clock or threads of their
 * own; all randomness comes from a seed passed in. Non-null by default: absent values are
 * {@link java.util.Optional}.
 */
package dev.quantsdk.discovery.cycle;
