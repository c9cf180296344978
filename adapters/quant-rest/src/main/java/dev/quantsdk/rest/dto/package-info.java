/**
 * The API's wire types: immutable records serialised by Jackson with snake-case property names
 * (a component {@code politicianId} is the JSON key {@code politician_id}); an empty
 * {@link java.util.Optional} is written as JSON {@code null}. Instants are ISO-8601 UTC
 * ({@code 2026-11-22T04:40:00Z}), dates ISO {@code yyyy-MM-dd}. The OpenAPI document derives the
 * schemas from these records, so the documentation and the responses cannot drift apart.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.rest.dto;
