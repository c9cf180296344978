package dev.quantsdk.discovery.network;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;

/**
 * The bipartite configuration model (BiCM, Saracco et al. 2015), fitted by maximum likelihood:
 * independent links with probabilities {@code p(i,k) = x_i y_k / (1 + x_i y_k)} whose expected
 * degrees equal the observed degrees of both sides.
 *
 * <p><b>Fit.</b> Members with equal degree share {@code x}, tickers with equal degree share
 * {@code y}, so the unknowns are one per distinct degree on each side. They are found by the
 * alternating fixed-point iteration
 * {@code x_a = r_a / sum_b n_b y_b / (1 + x_a y_b)}, then
 * {@code y_b = c_b / sum_a m_a x_a / (1 + x_a y_b)} ({@code n_b}, {@code m_a}: how many tickers
 * or members have that degree), started from {@code x = r / sqrt(L)}, {@code y = c / sqrt(L)}
 * ({@code L} links) until every expected degree is within {@link #DEGREE_TOLERANCE} of the
 * observed one or {@link #MAX_ITERATIONS} sweeps have run. Degrees at the bounds have no finite
 * solution and are fixed first: a member (ticker) with degree 0 gets probability 0 everywhere, one
 * that links every remaining ticker (member) gets probability 1, and the remaining degrees are
 * reduced accordingly (repeatedly, until nothing more is forced).
 *
 * <p>Immutable and thread-safe.
 */
public final class BipartiteConfigurationModel {

  /** The absolute tolerance on each expected degree, in links. */
  public static final double DEGREE_TOLERANCE = 1e-8;
  /** The most fixed-point sweeps before the fit stops (and reports {@link #converged()} false). */
  public static final int MAX_ITERATIONS = 100_000;

  private static final int ACTIVE = Integer.MAX_VALUE;

  private final int[] rowClassOf;
  private final int[] colClassOf;
  private final int[] colClassSize;
  /** classProbability[a][b]: link probability between member class a and ticker class b. */
  private final double[][] classProbability;
  private final int iterations;
  private final double maxDegreeError;

  private BipartiteConfigurationModel(int[] rowClassOf, int[] colClassOf, int[] colClassSize,
      double[][] classProbability, int iterations, double maxDegreeError) {
    this.rowClassOf = rowClassOf;
    this.colClassOf = colClassOf;
    this.colClassSize = colClassSize;
    this.classProbability = classProbability;
    this.iterations = iterations;
    this.maxDegreeError = maxDegreeError;
  }

  /**
   * Fits the model to a graph's degree sequences.
   *
   * @param graph the observed bipartite graph
   * @return the fitted model
   */
  public static BipartiteConfigurationModel fit(BipartiteTradeGraph graph) {
    ArgChecker.notNull(graph, "graph");
    return fit(graph.politicianDegrees(), graph.tickerDegrees());
  }

  /**
   * Fits the model to degree sequences.
   *
   * @param rowDegrees the degree of each member; not modified
   * @param colDegrees the degree of each ticker; not modified
   * @return the fitted model
   * @throws IllegalArgumentException if a degree is negative or exceeds the other side's size, or
   *     the two sides' degree sums differ
   */
  public static BipartiteConfigurationModel fit(int[] rowDegrees, int[] colDegrees) {
    ArgChecker.notNull(rowDegrees, "rowDegrees");
    ArgChecker.notNull(colDegrees, "colDegrees");
    long rowSum = checkDegrees(rowDegrees, colDegrees.length, "rowDegrees");
    long colSum = checkDegrees(colDegrees, rowDegrees.length, "colDegrees");
    ArgChecker.isTrue(rowSum == colSum,
        "the member degrees sum to %d but the ticker degrees sum to %d: not one bipartite graph", rowSum, colSum);

    int[] rowValues = Arrays.stream(rowDegrees).distinct().sorted().toArray();
    int[] colValues = Arrays.stream(colDegrees).distinct().sorted().toArray();
    int[] rowClassOf = classes(rowDegrees, rowValues);
    int[] colClassOf = classes(colDegrees, colValues);
    int gr = rowValues.length;
    int gc = colValues.length;
    double[] m = new double[gr];
    for (int c : rowClassOf) {
      m[c]++;
    }
    double[] nb = new double[gc];
    int[] colClassSize = new int[gc];
    for (int c : colClassOf) {
      nb[c]++;
      colClassSize[c]++;
    }

    // residual degrees, fixing order (ACTIVE = still free) and fixed value (true = probability 1)
    double[] r = new double[gr];
    double[] c = new double[gc];
    for (int a = 0; a < gr; a++) {
      r[a] = rowValues[a];
    }
    for (int b = 0; b < gc; b++) {
      c[b] = colValues[b];
    }
    int[] rowOrder = new int[gr];
    int[] colOrder = new int[gc];
    Arrays.fill(rowOrder, ACTIVE);
    Arrays.fill(colOrder, ACTIVE);
    boolean[] rowFull = new boolean[gr];
    boolean[] colFull = new boolean[gc];
    fixBoundaryDegrees(r, c, m, nb, rowOrder, colOrder, rowFull, colFull);

    double links = Math.max(1.0, (double) rowSum);
    double[] x = new double[gr];
    double[] y = new double[gc];
    for (int a = 0; a < gr; a++) {
      x[a] = rowOrder[a] == ACTIVE ? r[a] / Math.sqrt(links) : 0;
    }
    for (int b = 0; b < gc; b++) {
      y[b] = colOrder[b] == ACTIVE ? c[b] / Math.sqrt(links) : 0;
    }
    int iter = 0;
    double err = degreeError(x, y, r, c, m, nb, rowOrder, colOrder);
    while (err > DEGREE_TOLERANCE && iter < MAX_ITERATIONS) {
      for (int a = 0; a < gr; a++) {
        if (rowOrder[a] == ACTIVE) {
          double s = 0;
          for (int b = 0; b < gc; b++) {
            if (colOrder[b] == ACTIVE) {
              s += nb[b] * y[b] / (1 + x[a] * y[b]);
            }
          }
          x[a] = r[a] / s;
        }
      }
      for (int b = 0; b < gc; b++) {
        if (colOrder[b] == ACTIVE) {
          double s = 0;
          for (int a = 0; a < gr; a++) {
            if (rowOrder[a] == ACTIVE) {
              s += m[a] * x[a] / (1 + x[a] * y[b]);
            }
          }
          y[b] = c[b] / s;
        }
      }
      iter++;
      err = degreeError(x, y, r, c, m, nb, rowOrder, colOrder);
    }

    double[][] prob = new double[gr][gc];
    for (int a = 0; a < gr; a++) {
      for (int b = 0; b < gc; b++) {
        if (rowOrder[a] < colOrder[b]) {
          prob[a][b] = rowFull[a] ? 1 : 0;
        } else if (colOrder[b] < rowOrder[a]) {
          prob[a][b] = colFull[b] ? 1 : 0;
        } else {
          double xy = x[a] * y[b];
          prob[a][b] = xy / (1 + xy);
        }
      }
    }
    return new BipartiteConfigurationModel(rowClassOf, colClassOf, colClassSize, prob, iter, err);
  }

  private static long checkDegrees(int[] degrees, int otherSide, String name) {
    long sum = 0;
    for (int i = 0; i < degrees.length; i++) {
      ArgChecker.inRangeInclusive(degrees[i], 0, otherSide, name + "[" + i + "]");
      sum += degrees[i];
    }
    return sum;
  }

  private static int[] classes(int[] degrees, int[] values) {
    int[] out = new int[degrees.length];
    for (int i = 0; i < degrees.length; i++) {
      out[i] = Arrays.binarySearch(values, degrees[i]);
    }
    return out;
  }

  /** Fixes the classes whose residual degree is 0 or full, repeatedly; updates the residuals. */
  private static void fixBoundaryDegrees(double[] r, double[] c, double[] m, double[] nb,
      int[] rowOrder, int[] colOrder, boolean[] rowFull, boolean[] colFull) {
    double activeRows = Arrays.stream(m).sum();
    double activeCols = Arrays.stream(nb).sum();
    int order = 0;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int a = 0; a < r.length; a++) {
        if (rowOrder[a] == ACTIVE && (r[a] == 0 || r[a] == activeCols)) {
          rowFull[a] = r[a] > 0;
          rowOrder[a] = order++;
          activeRows -= m[a];
          if (rowFull[a]) {
            for (int b = 0; b < c.length; b++) {
              if (colOrder[b] == ACTIVE) {
                c[b] -= m[a];
              }
            }
          }
          changed = true;
        }
      }
      for (int b = 0; b < c.length; b++) {
        if (colOrder[b] == ACTIVE && (c[b] == 0 || c[b] == activeRows)) {
          colFull[b] = c[b] > 0;
          colOrder[b] = order++;
          activeCols -= nb[b];
          if (colFull[b]) {
            for (int a = 0; a < r.length; a++) {
              if (rowOrder[a] == ACTIVE) {
                r[a] -= nb[b];
              }
            }
          }
          changed = true;
        }
      }
    }
  }

  private static double degreeError(double[] x, double[] y, double[] r, double[] c, double[] m, double[] nb,
      int[] rowOrder, int[] colOrder) {
    double err = 0;
    double[] colExpected = new double[y.length];
    for (int a = 0; a < x.length; a++) {
      if (rowOrder[a] != ACTIVE) {
        continue;
      }
      double rowExpected = 0;
      for (int b = 0; b < y.length; b++) {
        if (colOrder[b] == ACTIVE) {
          double xy = x[a] * y[b];
          double p = xy / (1 + xy);
          rowExpected += nb[b] * p;
          colExpected[b] += m[a] * p;
        }
      }
      err = Math.max(err, Math.abs(rowExpected - r[a]));
    }
    for (int b = 0; b < y.length; b++) {
      if (colOrder[b] == ACTIVE) {
        err = Math.max(err, Math.abs(colExpected[b] - c[b]));
      }
    }
    return err;
  }

  /**
   * The fitted probability that a member traded a ticker.
   *
   * @param politician the member's row index
   * @param ticker the ticker's column index
   * @return the probability, in [0, 1]
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public double probability(int politician, int ticker) {
    return classProbability[rowClassOf[politician]][colClassOf[ticker]];
  }

  /**
   * The number of members the model was fitted to.
   *
   * @return the count
   */
  public int politicianCount() {
    return rowClassOf.length;
  }

  /**
   * The number of tickers the model was fitted to.
   *
   * @return the count
   */
  public int tickerCount() {
    return colClassOf.length;
  }

  /**
   * The fixed-point sweeps the fit took.
   *
   * @return the count, 0 when the starting point (or the boundary fixing) already solved it
   */
  public int iterations() {
    return iterations;
  }

  /**
   * The largest absolute difference between an expected and an observed degree after the fit.
   *
   * @return the error, in links
   */
  public double maxDegreeError() {
    return maxDegreeError;
  }

  /**
   * Whether the fit reached {@link #DEGREE_TOLERANCE}.
   *
   * @return true if converged
   */
  public boolean converged() {
    return maxDegreeError <= DEGREE_TOLERANCE;
  }

  int rowClassOf(int politician) {
    return rowClassOf[politician];
  }

  int colClassCount() {
    return colClassSize.length;
  }

  int colClassSize(int colClass) {
    return colClassSize[colClass];
  }

  double classProbability(int rowClass, int colClass) {
    return classProbability[rowClass][colClass];
  }

  @Override
  public String toString() {
    return "BipartiteConfigurationModel[politicians=" + rowClassOf.length + ", tickers=" + colClassOf.length
        + ", iterations=" + iterations + ", maxDegreeError=" + maxDegreeError + "]";
  }
}
