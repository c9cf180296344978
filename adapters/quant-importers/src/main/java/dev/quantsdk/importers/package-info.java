/**
 * Importers of congressional trade disclosures (House and Senate Stock Watcher data).
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.importers;
