/**
 * Discovery over congressional trade disclosures: scans of one politician or of everyone over a
 * window, with per-politician outcomes, progress reporting and idempotent result storage through
 * {@link dev.quantsdk.orchestration.discovery.DiscoveryStore}.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.orchestration.discovery;
