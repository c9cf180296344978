package dev.quantsdk.discovery.network;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Test data: realistic member–ticker graphs. Ticker popularity is Zipf (rank^-1), member
 * activity is log-normal (median 15 tickers, clipped to [1, 400]), each member draws distinct
 * tickers by popularity, so "everyone trades AAPL".
 */
final class SyntheticCoTrading {

  private SyntheticCoTrading() {
  }

  /** Tickers per member, drawn by Zipf popularity. */
  static int[][] zipfMembers(int members, int tickers, SplittableRandom rnd) {
    double[] cumulative = new double[tickers];
    double total = 0;
    for (int k = 0; k < tickers; k++) {
      total += 1.0 / (k + 1);
      cumulative[k] = total;
    }
    int[][] rows = new int[members][];
    for (int i = 0; i < members; i++) {
      int degree = (int) Math.round(Math.exp(Math.log(15) + 1.0 * gaussian(rnd)));
      degree = Math.max(1, Math.min(400, degree));
      boolean[] taken = new boolean[tickers];
      int[] row = new int[degree];
      int filled = 0;
      while (filled < degree) {
        double u = rnd.nextDouble() * total;
        int k = Arrays.binarySearch(cumulative, u);
        k = k >= 0 ? k : -k - 1;
        if (!taken[k]) {
          taken[k] = true;
          row[filled++] = k;
        }
      }
      rows[i] = row;
    }
    return rows;
  }

  /** Adds the same extra tickers to each listed member. */
  static void plant(int[][] rows, int[] members, int[] extraTickers) {
    for (int i : members) {
      int[] merged = Arrays.copyOf(rows[i], rows[i].length + extraTickers.length);
      System.arraycopy(extraTickers, 0, merged, rows[i].length, extraTickers.length);
      rows[i] = Arrays.stream(merged).distinct().toArray();
    }
  }

  /** Samples a graph link by link from a fitted model. */
  static int[][] sample(BipartiteConfigurationModel model, SplittableRandom rnd) {
    int[][] rows = new int[model.politicianCount()][];
    int[] buffer = new int[model.tickerCount()];
    for (int i = 0; i < rows.length; i++) {
      int n = 0;
      for (int k = 0; k < buffer.length; k++) {
        if (rnd.nextDouble() < model.probability(i, k)) {
          buffer[n++] = k;
        }
      }
      rows[i] = Arrays.copyOf(buffer, n);
    }
    return rows;
  }

  private static double gaussian(SplittableRandom rnd) {
    double u = rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
