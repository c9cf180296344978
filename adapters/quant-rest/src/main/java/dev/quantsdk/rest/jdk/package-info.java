/**
 * The JDK adapter: serves a {@link dev.quantsdk.rest.QuantApi} on the JDK's built-in
 * {@code com.sun.net.httpserver.HttpServer}, with no further dependencies.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.rest.jdk;
