package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.model.ArgChecker;
import java.util.SplittableRandom;

/**
 * The isolation forest of Liu, Ting and Zhou (2008), written here (Smile is GPL).
 *
 * <p>Each of {@code t} trees (100 by default) is grown on a sample of {@code psi} rows drawn
 * without replacement (256 by default; all rows if fewer), to the height limit
 * {@code ceil(log2 psi)}: a node picks a feature uniformly among those not constant on its rows
 * and a split uniformly in {@code [min, max)}; rows with {@code x < split} go left. A row's path
 * length in a tree is the depth of the leaf it reaches plus {@code c(size)} of that leaf, with
 * {@code c(n) = 2 H(n-1) - 2 (n-1) / n}, {@code H(i) ~ ln(i) + 0.5772156649}, {@code c(2) = 1},
 * {@code c(n <= 1) = 0}. The score is {@code s = 2^(-E[h] / c(psi))}: near 1 for anomalies,
 * well below 0.5 for normal rows, about 0.5 when nothing stands out.
 *
 * <p>All trees of a model live in flat arrays (feature, split, first child; a leaf stores its
 * full path length), so scoring allocates nothing per node. The same seed gives the same model
 * bit for bit. Immutable and thread-safe.
 */
public final class IsolationForest implements AnomalyScorer {

  /** The number of trees Liu et al. recommend. */
  public static final int DEFAULT_TREES = 100;
  /** The subsample size Liu et al. recommend. */
  public static final int DEFAULT_SUBSAMPLE = 256;
  private static final double EULER_GAMMA = 0.5772156649;
  private static final int SCORE_BLOCK = 512;

  private final int trees;
  private final int subsample;
  private final long seed;

  private IsolationForest(int trees, int subsample, long seed) {
    this.trees = ArgChecker.positive(trees, "trees");
    this.subsample = ArgChecker.positive(subsample, "subsample");
    ArgChecker.isTrue(subsample >= 2, "subsample must be >= 2 but was %d", subsample);
    this.seed = seed;
  }

  /**
   * The forest with Liu et al.'s settings: 100 trees, subsample 256.
   *
   * @param seed the random seed
   * @return the forest
   */
  public static IsolationForest standard(long seed) {
    return new IsolationForest(DEFAULT_TREES, DEFAULT_SUBSAMPLE, seed);
  }

  /**
   * A forest with custom settings.
   *
   * @param trees the number of trees, &gt; 0
   * @param subsample the rows per tree, &gt;= 2
   * @param seed the random seed
   * @return the forest
   * @throws IllegalArgumentException if a count is out of range
   */
  public static IsolationForest of(int trees, int subsample, long seed) {
    return new IsolationForest(trees, subsample, seed);
  }

  /**
   * The average path length of an unsuccessful binary-search-tree search among {@code n}
   * points, Liu et al.'s normaliser {@code c(n)}.
   *
   * @param n the number of points, &gt;= 0
   * @return {@code c(n)}
   */
  public static double averagePathLength(long n) {
    if (n <= 1) {
      return 0.0;
    }
    if (n == 2) {
      return 1.0;
    }
    return 2.0 * (Math.log(n - 1.0) + EULER_GAMMA) - 2.0 * (n - 1.0) / n;
  }

  @Override
  public Model fit(double[][] columns) {
    int n = checkColumns(columns, -1);
    ArgChecker.isTrue(n >= 2, "isolation forest needs at least 2 rows but got %d", n);
    int d = columns.length;
    int psi = Math.min(subsample, n);
    int heightLimit = 32 - Integer.numberOfLeadingZeros(psi - 1); // ceil(log2 psi)
    int nodesPerTree = (1 << (heightLimit + 1)) - 1;
    int[] feature = new int[trees * nodesPerTree];
    double[] split = new double[trees * nodesPerTree];
    int[] child = new int[trees * nodesPerTree];
    int[] rowsAtNode = new int[trees * nodesPerTree];
    SplittableRandom random = new SplittableRandom(seed);
    int[] sample = new int[psi];
    int[] hashTable = new int[Integer.highestOneBit(psi) << 2];
    Builder builder = new Builder(columns, d, heightLimit, feature, split, child, rowsAtNode,
        random);
    for (int t = 0; t < trees; t++) {
      drawWithoutReplacement(random, n, sample, hashTable);
      builder.grow(t * nodesPerTree, sample);
    }
    return new Model(d, trees, nodesPerTree, averagePathLength(psi), feature, split, child,
        rowsAtNode);
  }

  /** Floyd's algorithm: {@code out.length} distinct indices in [0, n). */
  private static void drawWithoutReplacement(SplittableRandom random, int n, int[] out,
      int[] table) {
    java.util.Arrays.fill(table, 0);
    int mask = table.length - 1;
    int k = out.length;
    int count = 0;
    for (int j = n - k; j < n; j++) {
      int candidate = random.nextInt(j + 1);
      if (!insert(table, mask, candidate)) {
        candidate = j;
        insert(table, mask, candidate);
      }
      out[count++] = candidate;
    }
  }

  /** Inserts into an open-addressing set of non-negative ints stored +1; false if present. */
  private static boolean insert(int[] table, int mask, int value) {
    int slot = (value * 0x9E3779B9) >>> 7 & mask;
    while (table[slot] != 0) {
      if (table[slot] == value + 1) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = value + 1;
    return true;
  }

  static int checkColumns(double[][] columns, int expectedDimension) {
    ArgChecker.notNull(columns, "columns");
    ArgChecker.isTrue(columns.length > 0, "columns must hold at least one feature");
    if (expectedDimension >= 0) {
      ArgChecker.isTrue(columns.length == expectedDimension,
          "model was fitted on %d features but got %d columns", expectedDimension, columns.length);
    }
    int n = ArgChecker.notNull(columns[0], "columns[0]").length;
    for (int j = 0; j < columns.length; j++) {
      double[] col = ArgChecker.notNull(columns[j], "columns[" + j + "]");
      ArgChecker.isTrue(col.length == n,
          "every column must have %d rows but column %d has %d", n, j, col.length);
      for (int i = 0; i < n; i++) {
        if (!Double.isFinite(col[i])) {
          throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
              "feature %d of row %d must be finite but was %s", j, i, col[i]));
        }
      }
    }
    return n;
  }

  /** Grows one tree into the flat arrays; scratch state reused across trees. */
  private static final class Builder {
    private final double[][] columns;
    private final int d;
    private final int heightLimit;
    private final int[] feature;
    private final double[] split;
    private final int[] child;
    private final int[] rowsAtNode;
    private final SplittableRandom random;
    private final int[] candidates;
    private final double[] mins;
    private final double[] maxs;
    private int[] rows;
    private int next;

    Builder(double[][] columns, int d, int heightLimit, int[] feature, double[] split,
        int[] child, int[] rowsAtNode, SplittableRandom random) {
      this.columns = columns;
      this.d = d;
      this.heightLimit = heightLimit;
      this.feature = feature;
      this.split = split;
      this.child = child;
      this.rowsAtNode = rowsAtNode;
      this.random = random;
      this.candidates = new int[d];
      this.mins = new double[d];
      this.maxs = new double[d];
    }

    void grow(int base, int[] sample) {
      this.rows = sample;
      this.next = base + 1;
      node(base, 0, sample.length, 0);
    }

    private void node(int slot, int lo, int hi, int depth) {
      int size = hi - lo;
      rowsAtNode[slot] = size;
      int usable = 0;
      if (depth < heightLimit && size > 1) {
        for (int j = 0; j < d; j++) {
          double[] col = columns[j];
          double min = Double.POSITIVE_INFINITY;
          double max = Double.NEGATIVE_INFINITY;
          for (int k = lo; k < hi; k++) {
            double v = col[rows[k]];
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
          if (max > min) {
            mins[j] = min;
            maxs[j] = max;
            candidates[usable++] = j;
          }
        }
      }
      if (usable == 0) {
        feature[slot] = -1;
        split[slot] = depth + averagePathLength(size);
        return;
      }
      int q = candidates[random.nextInt(usable)];
      double p = mins[q] + random.nextDouble() * (maxs[q] - mins[q]);
      if (p >= maxs[q]) {
        p = mins[q];
      }
      double[] col = columns[q];
      int mid = lo;
      for (int k = lo; k < hi; k++) {
        if (col[rows[k]] < p) {
          int tmp = rows[k];
          rows[k] = rows[mid];
          rows[mid] = tmp;
          mid++;
        }
      }
      int left = next;
      next += 2;
      feature[slot] = q;
      split[slot] = p;
      child[slot] = left;
      node(left, lo, mid, depth + 1);
      node(left + 1, mid, hi, depth + 1);
    }
  }

  /**
   * A fitted isolation forest. Immutable and thread-safe.
   *
   * <p>{@link #contributions(double[])} credits every split on a row's path to the split's
   * feature with the bits of isolation it achieved, {@code log2((m + 1) / (m' + 1))} where
   * {@code m} and {@code m'} are the training rows reaching the node and the child the row
   * enters; the weights are each feature's share of the bits over all trees. A feature that
   * cuts the row off from most of the sample gets most of the weight.
   */
  public static final class Model implements AnomalyScorer.Model {
    private final int dimension;
    private final int trees;
    private final int nodesPerTree;
    private final double normaliser;
    private final int[] feature;
    private final double[] split;
    private final int[] child;
    private final int[] rowsAtNode;

    private Model(int dimension, int trees, int nodesPerTree, double normaliser, int[] feature,
        double[] split, int[] child, int[] rowsAtNode) {
      this.dimension = dimension;
      this.trees = trees;
      this.nodesPerTree = nodesPerTree;
      this.normaliser = normaliser;
      this.feature = feature;
      this.split = split;
      this.child = child;
      this.rowsAtNode = rowsAtNode;
    }

    @Override
    public int dimension() {
      return dimension;
    }

    /**
     * The mean path length of a row over the trees, {@code E[h(x)]}.
     *
     * @param row the features of one row
     * @return the mean path length in edges (plus the {@code c(size)} leaf adjustment)
     * @throws IllegalArgumentException if the row has the wrong length
     */
    public double meanPathLength(double[] row) {
      checkRow(row);
      return pathSum(row) / trees;
    }

    @Override
    public double score(double[] row) {
      checkRow(row);
      return toScore(pathSum(row));
    }

    @Override
    public double[] scoreAll(double[][] columns) {
      int n = checkColumns(columns, dimension);
      double[] out = new double[n];
      // tree-outer over blocks of rows: one tree (about 10 kB at psi = 256) stays in L1 cache
      // while a block of rows walks it
      for (int start = 0; start < n; start += SCORE_BLOCK) {
        int end = Math.min(n, start + SCORE_BLOCK);
        for (int t = 0; t < trees; t++) {
          int root = t * nodesPerTree;
          for (int i = start; i < end; i++) {
            int node = root;
            int f;
            while ((f = feature[node]) >= 0) {
              node = child[node] + (columns[f][i] < split[node] ? 0 : 1);
            }
            out[i] += split[node];
          }
        }
        for (int i = start; i < end; i++) {
          out[i] = toScore(out[i]);
        }
      }
      return out;
    }

    @Override
    public double[] contributions(double[] row) {
      checkRow(row);
      double[] counts = new double[dimension];
      double total = 0;
      for (int t = 0; t < trees; t++) {
        int node = t * nodesPerTree;
        int f;
        while ((f = feature[node]) >= 0) {
          int next = child[node] + (row[f] < split[node] ? 0 : 1);
          double bits = log2((rowsAtNode[node] + 1.0) / (rowsAtNode[next] + 1.0));
          counts[f] += bits;
          total += bits;
          node = next;
        }
      }
      if (total > 0) {
        for (int j = 0; j < dimension; j++) {
          counts[j] /= total;
        }
      }
      return counts;
    }

    private static double log2(double x) {
      return Math.log(x) / Math.log(2.0);
    }

    private double pathSum(double[] row) {
      double sum = 0;
      for (int t = 0; t < trees; t++) {
        int node = t * nodesPerTree;
        int f;
        while ((f = feature[node]) >= 0) {
          node = child[node] + (row[f] < split[node] ? 0 : 1);
        }
        sum += split[node];
      }
      return sum;
    }

    private double toScore(double pathSum) {
      return Math.pow(2.0, -(pathSum / trees) / normaliser);
    }

    private void checkRow(double[] row) {
      ArgChecker.notNull(row, "row");
      ArgChecker.isTrue(row.length == dimension,
          "model was fitted on %d features but the row has %d", dimension, row.length);
    }
  }
}
