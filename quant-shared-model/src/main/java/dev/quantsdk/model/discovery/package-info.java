/**
 * JPA entities of the congressional-trade side: the host app's {@link Politician} and {@link Trade}, and the
 * discovery workers' results ({@link PatternDiscovery}, {@link AnomalyDetection}, {@link ModelExperiment},
 * {@link NetworkDiscovery}) and {@link JobRun} bookkeeping.
 *
 * <p>Compiled against jakarta.persistence 3.1 plus stable Hibernate annotations ({@code @JdbcTypeCode}), so they
 * run on Hibernate 6.6 (Spring Boot 3.5) and Hibernate 7.x. The schema is owned by the Flyway migrations under
 * {@code db/migration/quant/{h2,postgresql}}; Hibernate never generates DDL. Identifiers are UUIDs assigned by
 * the constructors. JSON columns are held as JSON text ({@code jsonb} on PostgreSQL, {@code JSON} on H2).
 *
 * <p>Entities are mutable and not thread-safe, as JPA requires. Non-null by default: getters of optional
 * columns return {@link java.util.Optional}; no method accepts {@code null} unless its javadoc says so.
 */
package dev.quantsdk.model.discovery;
