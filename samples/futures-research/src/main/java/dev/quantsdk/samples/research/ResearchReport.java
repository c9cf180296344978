package dev.quantsdk.samples.research;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.futures.FuturesAnalysisReport;
import dev.quantsdk.orchestration.futures.MarketIntelligenceReport;
import java.time.Instant;
import java.util.List;

/**
 * What one research run produced: the comprehensive analysis of each instrument and the market
 * intelligence across them. Immutable and thread-safe (its parts are immutable records).
 *
 * @param generatedAt when the run finished (the run's clock)
 * @param analyses one analysis per instrument, in the order asked for
 * @param market the volatility regimes, trend states, correlation matrix and upcoming rolls as of
 *     the last bar of the first instrument
 */
public record ResearchReport(Instant generatedAt, List<FuturesAnalysisReport> analyses,
    MarketIntelligenceReport market) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a field is null or there is no analysis
   */
  public ResearchReport {
    ArgChecker.notNull(generatedAt, "generatedAt");
    analyses = List.copyOf(ArgChecker.notEmpty(analyses, "analyses"));
    ArgChecker.notNull(market, "market");
  }
}
