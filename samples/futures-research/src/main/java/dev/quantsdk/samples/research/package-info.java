/**
 * Sample: a futures research run on the bundled real ES1/ES2 data through the orchestration
 * facade ({@link dev.quantsdk.orchestration.futures.FuturesAnalysisService}), written as one
 * self-contained HTML file with inline SVG charts (no script, no external resource).
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.samples.research;
