/**
 * Sample: a standalone host serving the Quant SDK's REST API and dashboard with the JDK HTTP
 * server ({@link dev.quantsdk.samples.mainapp.MainApp}).
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.samples.mainapp;
