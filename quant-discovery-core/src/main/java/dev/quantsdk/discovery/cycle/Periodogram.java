package dev.quantsdk.discovery.cycle;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;

/**
 * A power spectrum of an evenly spaced series, for display and for tests of the detectors.
 *
 * <p>{@link #of} is the raw periodogram of the linearly detrended series at the Fourier
 * frequencies {@code k / N} (cycles per sample), {@code k = 1 .. floor((N-1)/2)}, with ordinates
 * {@code |X_k|^2 / N} in squared series units; by Parseval they sum (counting both signs of
 * each frequency, plus Nyquist for even N) to the detrended sum of squares. {@link #welch} is
 * Welch's average of Hann-windowed, 50 %-overlapping, detrended segments: smoother, for
 * display; it is not used for significance.
 *
 * <p>Immutable and thread-safe; arrays are copied out.
 */
public final class Periodogram {

  /** Minimum length for a periodogram with at least two ordinates. */
  private static final int MIN_LENGTH = 5;

  private final double[] frequencies;
  private final double[] power;

  private Periodogram(double[] frequencies, double[] power) {
    this.frequencies = frequencies;
    this.power = power;
  }

  /**
   * The raw periodogram of the detrended series.
   *
   * @param series the samples, finite, at least 5
   * @return the periodogram at {@code k / N}, {@code k = 1 .. floor((N-1)/2)}
   * @throws IllegalArgumentException if too short or not finite
   */
  public static Periodogram of(double[] series) {
    checkSeries(series);
    int n = series.length;
    SpectralKernel kernel = new SpectralKernel(n);
    double[] detrended = new double[n];
    kernel.detrend(series, 0, detrended);
    double[] p = new double[kernel.ordinateCount()];
    kernel.ordinates(detrended, p, null, null);
    double[] f = new double[p.length];
    for (int k = 1; k <= f.length; k++) {
      f[k - 1] = (double) k / n;
    }
    return new Periodogram(f, p);
  }

  /**
   * Welch's averaged periodogram with a Hann window and 50 % overlap.
   *
   * @param series the samples, finite
   * @param segmentLength the segment length, in [5, series length]
   * @return the averaged power at {@code k / segmentLength}, {@code k = 1 .. floor((L-1)/2)},
   *     scaled so that white noise of variance s^2 has mean ordinate s^2
   * @throws IllegalArgumentException if the segment length is out of range
   */
  public static Periodogram welch(double[] series, int segmentLength) {
    checkSeries(series);
    ArgChecker.inRangeInclusive(segmentLength, MIN_LENGTH, series.length, "segmentLength");
    int len = segmentLength;
    SpectralKernel kernel = new SpectralKernel(len);
    double[] window = new double[len];
    double windowSumSq = 0;
    for (int t = 0; t < len; t++) {
      window[t] = 0.5 - 0.5 * Math.cos(2 * Math.PI * t / len);
      windowSumSq += window[t] * window[t];
    }
    int m = kernel.ordinateCount();
    double[] sum = new double[m];
    double[] seg = new double[len];
    double[] p = new double[m];
    int step = Math.max(1, len / 2);
    int segments = 0;
    for (int start = 0; start + len <= series.length; start += step) {
      kernel.detrend(series, start, seg);
      for (int t = 0; t < len; t++) {
        seg[t] *= window[t];
      }
      kernel.ordinates(seg, p, null, null);
      for (int k = 0; k < m; k++) {
        sum[k] += p[k];
      }
      segments++;
    }
    double scale = len / (windowSumSq * segments);
    double[] f = new double[m];
    for (int k = 0; k < m; k++) {
      sum[k] *= scale;
      f[k] = (k + 1.0) / len;
    }
    return new Periodogram(f, sum);
  }

  private static void checkSeries(double[] series) {
    ArgChecker.notNull(series, "series");
    ArgChecker.isTrue(series.length >= MIN_LENGTH,
        "a periodogram needs at least %d samples but got %d", MIN_LENGTH, series.length);
    for (int i = 0; i < series.length; i++) {
      ArgChecker.finite(series[i], "series[" + i + "]");
    }
  }

  /**
   * The number of ordinates.
   *
   * @return the size
   */
  public int size() {
    return power.length;
  }

  /**
   * The frequencies.
   *
   * @return a copy, in cycles per sample, ascending
   */
  public double[] frequencies() {
    return frequencies.clone();
  }

  /**
   * The ordinates.
   *
   * @return a copy, in squared series units
   */
  public double[] power() {
    return power.clone();
  }

  /**
   * The index of the largest ordinate.
   *
   * @return the index of the first maximum
   */
  public int peakIndex() {
    int best = 0;
    for (int i = 1; i < power.length; i++) {
      if (power[i] > power[best]) {
        best = i;
      }
    }
    return best;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Periodogram other
        && Arrays.equals(frequencies, other.frequencies) && Arrays.equals(power, other.power);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(frequencies) + Arrays.hashCode(power);
  }

  @Override
  public String toString() {
    return "Periodogram[" + power.length + " ordinates]";
  }
}
