package dev.quantsdk.futures.indicator;

/**
 * Rolling mean and population standard deviation of the last {@code n} values, with the same
 * arithmetic, in the same order, as {@link Indicators#stdDev}. Mutable, not thread-safe;
 * package-private helper of {@link StdDevStream}, {@link ZScoreStream} and {@link BollingerStream}.
 */
final class RollingMoments {

  private final int n;
  private final Ring window;
  private final RollingSum sum = new RollingSum();
  private double mean = Double.NaN;
  private double stdDev = Double.NaN;

  RollingMoments(int n) {
    this.n = n;
    this.window = new Ring(n);
  }

  void push(double x) {
    double evicted = window.push(x);
    sum.add(x);
    if (!Double.isNaN(evicted)) {
      sum.add(-evicted);
    }
    if (!window.full()) {
      return;
    }
    mean = sum.value() / n;
    double squares = 0;
    for (int j = 0; j < n; j++) {
      double d = window.get(j) - mean;
      squares += d * d;
    }
    stdDev = Math.sqrt(squares / n);
  }

  double mean() {
    return mean;
  }

  double stdDev() {
    return stdDev;
  }
}
