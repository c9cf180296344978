package dev.quantsdk.discovery.cycle;

import org.jtransforms.fft.DoubleFFT_1D;
import org.visnow.jlargearrays.ConcurrencyUtils;

/**
 * Columnar spectral kernels for one series length: linear detrending, the real FFT (JTransforms)
 * and periodogram ordinates at the Fourier frequencies {@code k / n}, {@code k = 1..(n-1)/2}.
 *
 * <p>Not thread-safe (it owns its work buffer): confine one instance to one thread. JTransforms
 * is switched to one thread once per JVM, so transforms never fork threads and are
 * bit-reproducible; parallelism belongs across series ({@link CycleScan}).
 */
final class SpectralKernel {

  static {
    ConcurrencyUtils.setNumberOfThreads(1);
  }

  private final int n;
  private final int m;
  private final DoubleFFT_1D fft;
  private final double[] work;
  private final double tMean;
  private final double tSumSq;

  SpectralKernel(int n) {
    this.n = n;
    this.m = (n - 1) / 2;
    this.fft = new DoubleFFT_1D(n);
    this.work = new double[n];
    this.tMean = (n - 1) / 2.0;
    double s = 0;
    for (int t = 0; t < n; t++) {
      double d = t - tMean;
      s += d * d;
    }
    this.tSumSq = s;
  }

  int length() {
    return n;
  }

  /** The number of Fourier frequencies strictly between 0 and Nyquist. */
  int ordinateCount() {
    return m;
  }

  /**
   * Removes the least-squares line from {@code src[offset .. offset + n)} into {@code dst}.
   *
   * @return the sum of squares of the residuals
   */
  double detrend(double[] src, int offset, double[] dst) {
    double mean = 0;
    double cross = 0;
    for (int t = 0; t < n; t++) {
      double v = src[offset + t];
      mean += v;
      cross += (t - tMean) * v;
    }
    mean /= n;
    double slope = cross / tSumSq;
    double ss = 0;
    for (int t = 0; t < n; t++) {
      double r = src[offset + t] - mean - slope * (t - tMean);
      dst[t] = r;
      ss += r * r;
    }
    return ss;
  }

  /** The lag-1 autocorrelation of a mean-zero series with the given sum of squares. */
  double lag1(double[] x, double sumSq) {
    double c = 0;
    for (int t = 1; t < n; t++) {
      c += x[t] * x[t - 1];
    }
    return sumSq > 0 ? c / sumSq : 0.0;
  }

  /**
   * Fourier coefficients {@code X_k = sum_t x_t exp(-2 pi i k t / n)} for {@code k = 1..m} and
   * ordinates {@code |X_k|^2 / n}; {@code re} and {@code im} may be null.
   */
  void ordinates(double[] x, double[] power, double[] re, double[] im) {
    System.arraycopy(x, 0, work, 0, n);
    fft.realForward(work);
    for (int k = 1; k <= m; k++) {
      double a;
      double b;
      if (2 * k + 1 < n) {
        a = work[2 * k];
        b = work[2 * k + 1];
      } else {
        // odd n, k = (n - 1) / 2: JTransforms stores Re at n - 1 and Im at 1
        a = work[n - 1];
        b = work[1];
      }
      power[k - 1] = (a * a + b * b) / n;
      if (re != null) {
        re[k - 1] = a;
        im[k - 1] = b;
      }
    }
  }

  /** Fraction of the oldest samples {@link #fftLength} may drop to reach a fast FFT length. */
  static final double MAX_DROPPED_FRACTION = 0.02;

  /**
   * The analysed length for {@code n} samples: a length whose prime factors are only 2, 3 and 5
   * (JTransforms falls back to the much slower Bluestein algorithm for large prime factors),
   * chosen among those within {@value #MAX_DROPPED_FRACTION} of {@code n} with the fewest factors
   * of 3 (radix-3 passes cost JTransforms about 2.5x: 3,645 = 3^6 5 takes 69 us, 3,600 = 2^4 3^2
   * 5^2 27 us), the longest on ties; the largest such length below {@code n} if the window holds
   * none.
   */
  static int fftLength(int n) {
    int best = -1;
    int bestThrees = Integer.MAX_VALUE;
    int low = (int) Math.ceil(n * (1 - MAX_DROPPED_FRACTION));
    for (int len = n; len >= low && len > 1; len--) {
      int threes = smoothThrees(len);
      if (threes >= 0 && threes < bestThrees) {
        best = len;
        bestThrees = threes;
      }
    }
    if (best > 0) {
      return best;
    }
    for (int len = low - 1; len > 1; len--) {
      if (smoothThrees(len) >= 0) {
        return len;
      }
    }
    return n;
  }

  /** The number of factors 3 of a 5-smooth length, or -1 if it has another prime factor. */
  private static int smoothThrees(int len) {
    int r = len;
    while (r % 2 == 0) {
      r /= 2;
    }
    int threes = 0;
    while (r % 3 == 0) {
      r /= 3;
      threes++;
    }
    while (r % 5 == 0) {
      r /= 5;
    }
    return r == 1 ? threes : -1;
  }

  /** An angle wrapped into (-pi, pi]. */
  static double wrapAngle(double angle) {
    double a = Math.IEEEremainder(angle, 2 * Math.PI);
    return a <= -Math.PI ? a + 2 * Math.PI : a;
  }
}
