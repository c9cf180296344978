/**
 * Spring Boot auto-configuration of the Quant SDK: {@link
 * dev.quantsdk.spring.autoconfigure.QuantAutoConfiguration} creates the {@link
 * dev.quantsdk.rest.QuantApi} over the host's {@link javax.sql.DataSource}, optionally migrates the
 * Quant schema ({@link dev.quantsdk.spring.autoconfigure.QuantSchemaMigration}) and, in servlet web
 * applications, serves the API through {@link
 * dev.quantsdk.spring.autoconfigure.QuantApiServlet}, configured by {@link
 * dev.quantsdk.spring.autoconfigure.QuantProperties} ({@code quant.*}).
 *
 * <p>Compiled against Spring Boot 3.5 and run unchanged on Spring Boot 4.1: it uses only APIs
 * that both lines keep in the same packages, and names the classes that moved by string.
 *
 * <p>Every parameter and return value is non-null unless documented otherwise.
 */
package dev.quantsdk.spring.autoconfigure;
