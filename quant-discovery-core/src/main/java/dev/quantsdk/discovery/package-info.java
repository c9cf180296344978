/**
 * Discovery engines over congressional trade disclosures (pure: no I/O).
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.discovery;
