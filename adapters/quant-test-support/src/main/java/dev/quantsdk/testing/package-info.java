/**
 * Test support shared by the adapters' tests (test scope only, never published): fresh embedded
 * H2 databases and fresh databases on one real PostgreSQL server per JVM.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.testing;
