package dev.quantsdk.discovery.network;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The stochastic degree sequence model backbone (SDSM; Neal 2014, with the BiCM of Saracco et al.
 * 2015 as the null): under the fitted {@link BipartiteConfigurationModel}, the number of tickers
 * two members {@code i, j} share is Poisson-binomial with probabilities
 * {@code p(i,k) p(j,k)} over all tickers {@code k}; the p-value of a pair is the upper tail at
 * the observed count. Benjamini–Hochberg over the tested pairs, keep {@code q <= alpha}.
 *
 * <p>Unlike the hypergeometric projection, the null accounts for ticker popularity: two members
 * who both bought AAPL, which nearly everyone trades, share little evidence.
 *
 * <p><b>p-values.</b> Computed exactly (truncated recursion over the tickers grouped by degree)
 * when the observed count is at most {@link #exactCountLimit()}, by the refined normal
 * approximation above it: large counts only arise between heavy traders, whose variance is large
 * enough for the approximation, or far in the tail, where the value is tiny either way. Members
 * of equal degree share their probabilities, so the work is done once per pair of distinct
 * degrees, not once per pair of members. Immutable and thread-safe.
 */
public final class SdsmProjection implements BipartiteProjection {

  /** The default false-discovery rate. */
  public static final double DEFAULT_ALPHA = 0.05;
  /** The default largest count for the exact p-value. */
  public static final int DEFAULT_EXACT_COUNT_LIMIT = 24;

  private final double alpha;
  private final int exactCountLimit;

  private SdsmProjection(double alpha, int exactCountLimit) {
    ArgChecker.isTrue(alpha > 0 && alpha < 1, "alpha must be in (0, 1) but was %s", alpha);
    this.alpha = alpha;
    this.exactCountLimit = ArgChecker.positive(exactCountLimit, "exactCountLimit");
  }

  /**
   * The projection at the default settings ({@code alpha} 0.05, exact p-values up to 24 shared
   * tickers).
   *
   * @return the projection
   */
  public static SdsmProjection of() {
    return new SdsmProjection(DEFAULT_ALPHA, DEFAULT_EXACT_COUNT_LIMIT);
  }

  /**
   * The projection at a false-discovery rate.
   *
   * @param alpha the FDR, in (0, 1)
   * @return the projection
   * @throws IllegalArgumentException if {@code alpha} is outside (0, 1)
   */
  public static SdsmProjection of(double alpha) {
    return new SdsmProjection(alpha, DEFAULT_EXACT_COUNT_LIMIT);
  }

  /**
   * A copy with another limit for exact p-values.
   *
   * @param limit the largest observed count whose p-value is computed exactly, at least 1
   * @return the projection
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public SdsmProjection withExactCountLimit(int limit) {
    return new SdsmProjection(alpha, limit);
  }

  /**
   * The false-discovery rate.
   *
   * @return alpha
   */
  public double alpha() {
    return alpha;
  }

  /**
   * The largest observed count whose p-value is exact.
   *
   * @return the limit
   */
  public int exactCountLimit() {
    return exactCountLimit;
  }

  @Override
  public Result project(BipartiteTradeGraph graph) {
    ArgChecker.notNull(graph, "graph");
    BipartiteConfigurationModel model = BipartiteConfigurationModel.fit(graph);
    int[][] pairs = graph.sharedPairs();
    double[] pValues = pValues(model, pairs[0], pairs[1], pairs[2]);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("alpha", Double.toString(alpha));
    parameters.put("nullModel", "BiCM (maximum likelihood, fixed point by distinct degrees)");
    parameters.put("pValue", String.format(Locale.ROOT,
        "exact Poisson-binomial up to %d shared tickers, refined normal approximation above", exactCountLimit));
    parameters.put("fitIterations", Integer.toString(model.iterations()));
    parameters.put("fitMaxDegreeError", Double.toString(model.maxDegreeError()));
    return new Result(ProjectionSupport.keepSignificant(graph, pairs, pValues, alpha), pValues.length, alpha,
        "SDSM", parameters);
  }

  /**
   * The p-value of every listed pair.
   *
   * @param model the fitted null model
   * @param first the first member of each pair
   * @param second the second member of each pair
   * @param counts the observed number of shared tickers of each pair
   * @return {@code P(shared >= count)} per pair
   */
  double[] pValues(BipartiteConfigurationModel model, int[] first, int[] second, int[] counts) {
    int pairs = counts.length;
    int classes = model.colClassCount();
    // order pairs by their (row class, row class) key so each key's work is done once
    long[] keyed = new long[pairs];
    long classStride = model.politicianCount() + 1L;
    for (int p = 0; p < pairs; p++) {
      int ca = model.rowClassOf(first[p]);
      int cb = model.rowClassOf(second[p]);
      long key = Math.min(ca, cb) * classStride + Math.max(ca, cb);
      keyed[p] = (key << 32) | p;
    }
    Arrays.sort(keyed);

    double[] out = new double[pairs];
    double[] q = new double[classes];
    int[] sizes = new int[classes];
    int start = 0;
    while (start < pairs) {
      long key = keyed[start] >>> 32;
      int end = start;
      int maxExact = 0;
      while (end < pairs && (keyed[end] >>> 32) == key) {
        int c = counts[(int) (keyed[end] & 0xFFFFFFFFL)];
        if (c <= exactCountLimit) {
          maxExact = Math.max(maxExact, c);
        }
        end++;
      }
      int any = (int) (keyed[start] & 0xFFFFFFFFL);
      int ra = model.rowClassOf(first[any]);
      int rb = model.rowClassOf(second[any]);
      double mean = 0;
      double variance = 0;
      double third = 0;
      for (int b = 0; b < classes; b++) {
        double v = model.classProbability(ra, b) * model.classProbability(rb, b);
        q[b] = v;
        sizes[b] = model.colClassSize(b);
        double w = sizes[b] * v * (1 - v);
        mean += sizes[b] * v;
        variance += w;
        third += w * (1 - 2 * v);
      }
      double[] tails = maxExact > 0 ? PoissonBinomialTail.exactTails(q, sizes, classes, maxExact) : new double[0];
      for (int i = start; i < end; i++) {
        int p = (int) (keyed[i] & 0xFFFFFFFFL);
        int c = counts[p];
        out[p] = c <= exactCountLimit ? tails[c] : PoissonBinomialTail.refinedNormalTail(c, mean, variance, third);
      }
      start = end;
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SdsmProjection[alpha=%s, exactCountLimit=%d]", alpha, exactCountLimit);
  }
}
