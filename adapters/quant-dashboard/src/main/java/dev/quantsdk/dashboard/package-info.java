/**
 * The Quant SDK dashboard: a static web page (HTML, JavaScript and CSS bundled in this jar, no
 * front-end build, charts drawn as SVG by hand) that reads the REST API of {@code quant-rest}
 * from the same origin. {@link dev.quantsdk.dashboard.DashboardAssets} serves the files to any
 * adapter that accepts a {@link dev.quantsdk.rest.StaticContent}, such as the JDK server
 * {@code dev.quantsdk.rest.jdk.QuantHttpServer}.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.dashboard;
