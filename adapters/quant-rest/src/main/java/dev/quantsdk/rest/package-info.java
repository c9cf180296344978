/**
 * The Quant SDK REST API as a framework-neutral layer: a route table ({@link dev.quantsdk.rest.Route})
 * with validated parameters, handlers over a JDBC {@link javax.sql.DataSource}, JSON with Jackson,
 * errors as {@code {"error", "message", "field"}}, cursor pagination, an optional API key and an
 * OpenAPI 3.0 document generated from the same table. {@link dev.quantsdk.rest.QuantApi} turns a
 * {@link dev.quantsdk.rest.RestRequest} into a {@link dev.quantsdk.rest.RestResponse}; adapters
 * (the JDK HTTP server in {@code dev.quantsdk.rest.jdk}, a Spring Boot starter) only translate.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.rest;
