package dev.quantsdk.discovery.network;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Brandes' betweenness on an unweighted undirected graph in compressed sparse rows, from a
 * random sample of source pivots (Brandes and Pich 2007): each pivot costs one breadth-first
 * search and one dependency accumulation, {@code O(V + E)}; the sum over {@code k} pivots is
 * scaled by {@code n / k}, an unbiased estimate of the exact sum over all sources. With
 * {@code k = n} the result is exact. Stateless; package-private kernel of {@link CentralityAnalyzer}.
 */
final class SampledBetweenness {

  private SampledBetweenness() {
  }

  /**
   * Betweenness normalised as networkx does for undirected graphs: the number of shortest paths
   * between unordered pairs through a node, divided by {@code (n-1)(n-2)/2}.
   *
   * @param n the node count
   * @param offsets CSR offsets, length {@code n + 1}
   * @param adjacency the neighbours of node {@code v} at {@code offsets[v] .. offsets[v+1]}, each
   *     undirected edge listed from both ends
   * @param pivots the number of sources to sample, in {@code [1, n]}
   * @param seed the seed for choosing the pivots
   * @return the estimate per node
   */
  static double[] normalized(int n, int[] offsets, int[] adjacency, int pivots, long seed) {
    double[] sum = new double[n];
    if (n < 3) {
      return sum;
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // partial Fisher-Yates: the first k entries are a uniform sample without replacement
    SplittableRandom random = new SplittableRandom(seed);
    int k = Math.min(pivots, n);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] distance = new int[n];
    double[] paths = new double[n];
    double[] dependency = new double[n];
    int[] stack = new int[n];
    Arrays.fill(distance, -1);
    for (int p = 0; p < k; p++) {
      int s = order[p];
      int top = 0;
      int head = 0;
      stack[top++] = s;
      distance[s] = 0;
      paths[s] = 1;
      // BFS; the visit order doubles as the stack (non-decreasing distance)
      while (head < top) {
        int v = stack[head++];
        int dv = distance[v];
        for (int a = offsets[v]; a < offsets[v + 1]; a++) {
          int w = adjacency[a];
          if (distance[w] < 0) {
            distance[w] = dv + 1;
            stack[top++] = w;
          }
          if (distance[w] == dv + 1) {
            paths[w] += paths[v];
          }
        }
      }
      for (int i = top - 1; i >= 0; i--) {
        int w = stack[i];
        int dw = distance[w];
        double coefficient = (1 + dependency[w]) / paths[w];
        for (int a = offsets[w]; a < offsets[w + 1]; a++) {
          int v = adjacency[a];
          if (distance[v] == dw - 1) {
            dependency[v] += paths[v] * coefficient;
          }
        }
        if (w != s) {
          sum[w] += dependency[w];
        }
      }
      for (int i = 0; i < top; i++) {
        int v = stack[i];
        distance[v] = -1;
        paths[v] = 0;
        dependency[v] = 0;
      }
    }
    // sum over ordered (source, target) pairs, scaled to all sources; unordered pairs are half of it
    double scale = (double) n / k / ((double) (n - 1) * (n - 2));
    for (int v = 0; v < n; v++) {
      sum[v] *= scale;
    }
    return sum;
  }
}
