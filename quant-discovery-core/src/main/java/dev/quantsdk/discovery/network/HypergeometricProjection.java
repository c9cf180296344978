package dev.quantsdk.discovery.network;

import dev.quantsdk.model.ArgChecker;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * The plain hypergeometric projection, kept only as a baseline: the p-value of a pair with
 * degrees {@code d_i, d_j} sharing {@code s} of the {@code N} tickers is
 * {@code P(X >= s)} for {@code X ~ Hypergeometric(N, d_i, d_j)}, i.e. as if every ticker were
 * equally likely to be traded. Because real members concentrate on the same few popular tickers,
 * this null marks most pairs significant; use {@link SdsmProjection} for analysis.
 * Benjamini–Hochberg over the tested pairs, keep {@code q <= alpha}. Immutable and thread-safe.
 */
public final class HypergeometricProjection implements BipartiteProjection {

  private final double alpha;

  private HypergeometricProjection(double alpha) {
    ArgChecker.isTrue(alpha > 0 && alpha < 1, "alpha must be in (0, 1) but was %s", alpha);
    this.alpha = alpha;
  }

  /**
   * The projection at a false-discovery rate.
   *
   * @param alpha the FDR, in (0, 1)
   * @return the projection
   * @throws IllegalArgumentException if {@code alpha} is outside (0, 1)
   */
  public static HypergeometricProjection of(double alpha) {
    return new HypergeometricProjection(alpha);
  }

  @Override
  public Result project(BipartiteTradeGraph graph) {
    ArgChecker.notNull(graph, "graph");
    int[][] pairs = graph.sharedPairs();
    int[] degrees = graph.politicianDegrees();
    int population = graph.tickerCount();
    Map<Long, HypergeometricDistribution> cache = new HashMap<>();
    double[] pValues = new double[pairs[2].length];
    for (int p = 0; p < pValues.length; p++) {
      int da = degrees[pairs[0][p]];
      int db = degrees[pairs[1][p]];
      long key = (long) Math.min(da, db) << 32 | Math.max(da, db);
      // null generator: only the closed-form probabilities are used, never sampling
      HypergeometricDistribution dist = cache.computeIfAbsent(key,
          k -> new HypergeometricDistribution(null, population, Math.max(da, db), Math.min(da, db)));
      pValues[p] = Math.min(1.0, Math.max(0.0, dist.upperCumulativeProbability(pairs[2][p])));
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("alpha", Double.toString(alpha));
    parameters.put("population", Integer.toString(population));
    return new Result(ProjectionSupport.keepSignificant(graph, pairs, pValues, alpha), pValues.length, alpha,
        "hypergeometric", parameters);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "HypergeometricProjection[alpha=%s]", alpha);
  }
}
