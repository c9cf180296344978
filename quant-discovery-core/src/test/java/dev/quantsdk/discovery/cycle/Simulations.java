package dev.quantsdk.discovery.cycle;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Seeded null and signal processes for the calibration tests. */
final class Simulations {

  static final LocalDate START = LocalDate.of(2020, 1, 6);

  private Simulations() {
  }

  static double[] whiteNoise(SplittableRandom rng, int n) {
    double[] x = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = rng.nextGaussian();
    }
    return x;
  }

  /** Stationary AR(1) with unit innovations, started from its stationary distribution. */
  static double[] ar1(SplittableRandom rng, int n, double phi) {
    double[] x = new double[n];
    double prev = rng.nextGaussian() / Math.sqrt(1 - phi * phi);
    for (int t = 0; t < n; t++) {
      prev = phi * prev + rng.nextGaussian();
      x[t] = prev;
    }
    return x;
  }

  /**
   * Daily trade counts of a Neyman–Scott clustered Poisson process: bursts start on a day with
   * probability {@code burstRate}; a burst holds 1 + Poisson(meanExtra) trades, each
   * {@code Geometric(1/2)} (0, 1, 2, ... days, mean 1) days after the burst's start. Bursts
   * starting up to 60 days before the window spill into it.
   */
  static double[] clusteredCounts(SplittableRandom rng, int n, double burstRate, double meanExtra) {
    double[] x = new double[n];
    for (int start = -60; start < n; start++) {
      if (rng.nextDouble() >= burstRate) {
        continue;
      }
      int size = 1 + poisson(rng, meanExtra);
      for (int i = 0; i < size; i++) {
        int day = start;
        while (rng.nextBoolean()) {
          day++;
        }
        if (day >= 0 && day < n) {
          x[day] += 1;
        }
      }
    }
    return x;
  }

  /**
   * Amount-weighted version of {@link #clusteredCounts}: every trade carries a band midpoint drawn
   * from the House file's most common bands (8,000.5 / 32,500.5 / 75,000.5 / 175,000.5 USD with
   * probabilities 0.7 / 0.15 / 0.1 / 0.05), so daily values are sparse and heavy-tailed.
   */
  static double[] clusteredAmounts(SplittableRandom rng, int n, double burstRate, double meanExtra) {
    double[] x = new double[n];
    for (int start = -60; start < n; start++) {
      if (rng.nextDouble() >= burstRate) {
        continue;
      }
      int size = 1 + poisson(rng, meanExtra);
      for (int i = 0; i < size; i++) {
        int day = start;
        while (rng.nextBoolean()) {
          day++;
        }
        double u = rng.nextDouble();
        double amount = u < 0.7 ? 8_000.5 : u < 0.85 ? 32_500.5 : u < 0.95 ? 75_000.5 : 175_000.5;
        if (day >= 0 && day < n) {
          x[day] += amount;
        }
      }
    }
    return x;
  }

  /** Shifts a series to be non-negative, as activity series must be (Fourier content unchanged). */
  static ActivitySeries asSeries(double[] x) {
    double min = 0;
    for (double v : x) {
      min = Math.min(min, v);
    }
    double[] y = new double[x.length];
    for (int t = 0; t < x.length; t++) {
      y[t] = x[t] - min;
    }
    return ActivitySeries.of(START, ActivitySeries.DayBasis.CALENDAR, ActivitySeries.Weighting.COUNT, y);
  }

  private static int poisson(SplittableRandom rng, double mean) {
    double limit = Math.exp(-mean);
    double p = rng.nextDouble();
    int k = 0;
    while (p > limit) {
      p *= rng.nextDouble();
      k++;
    }
    return k;
  }
}
