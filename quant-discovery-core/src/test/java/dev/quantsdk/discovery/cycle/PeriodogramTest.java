package dev.quantsdk.discovery.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;
import org.junit.jupiter.api.Test;

class PeriodogramTest {

  private static final double TOL = 1e-9;

  @Test
  void of_peaksAtBinNOver20_forACosineOfPeriod20() {
    int n = 1000;
    double[] x = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = Math.cos(2 * Math.PI * t / 20);
    }
    Periodogram p = Periodogram.of(x);
    int k = p.peakIndex() + 1;
    assertThat(k).isEqualTo(n / 20);
    assertThat(p.frequencies()[p.peakIndex()]).isCloseTo(1.0 / 20, within(TOL));
  }

  /** Parseval: for odd N, 2 * sum_{k=1}^{(N-1)/2} |X_k|^2 / N equals the detrended sum of squares. */
  @Test
  void of_satisfiesParseval() {
    int n = 999;
    SplittableRandom rng = new SplittableRandom(3);
    double[] x = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = rng.nextGaussian() + 0.01 * t;
    }
    // detrend independently with commons-math's regression
    SimpleRegression reg = new SimpleRegression();
    for (int t = 0; t < n; t++) {
      reg.addData(t, x[t]);
    }
    double ss = 0;
    for (int t = 0; t < n; t++) {
      double r = x[t] - reg.predict(t);
      ss += r * r;
    }
    double sum = 0;
    for (double v : Periodogram.of(x).power()) {
      sum += 2 * v;
    }
    assertThat(sum).isCloseTo(ss, within(TOL * ss));
  }

  /** Peer library: commons-math3's radix-2 FFT of the same detrended series gives the same ordinates. */
  @Test
  void of_matchesCommonsMathFft() {
    int n = 512;
    SplittableRandom rng = new SplittableRandom(5);
    double[] x = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = rng.nextGaussian() + Math.sin(t / 7.0);
    }
    SimpleRegression reg = new SimpleRegression();
    for (int t = 0; t < n; t++) {
      reg.addData(t, x[t]);
    }
    double[] d = new double[n];
    for (int t = 0; t < n; t++) {
      d[t] = x[t] - reg.predict(t);
    }
    Complex[] fft = new FastFourierTransformer(DftNormalization.STANDARD).transform(d, TransformType.FORWARD);
    double[] power = Periodogram.of(x).power();
    assertThat(power).hasSize((n - 1) / 2);
    for (int k = 1; k <= power.length; k++) {
      double expected = fft[k].abs() * fft[k].abs() / n;
      assertThat(power[k - 1]).as("k = %d", k).isCloseTo(expected, within(TOL * (1 + expected)));
    }
  }

  /** Welch with a Hann window is scaled so that unit white noise has mean ordinate 1. */
  @Test
  void welch_hasUnitMeanLevel_forUnitWhiteNoise() {
    SplittableRandom rng = new SplittableRandom(9);
    double[] x = new double[16_384];
    for (int t = 0; t < x.length; t++) {
      x[t] = rng.nextGaussian();
    }
    double[] p = Periodogram.welch(x, 256).power();
    double mean = 0;
    for (double v : p) {
      mean += v / p.length;
    }
    // 127 segments x 127 ordinates: the mean's relative standard error is about 1 %
    assertThat(mean).isCloseTo(1.0, within(0.05));
    assertThat(Periodogram.welch(x, 256).frequencies()[0]).isCloseTo(1.0 / 256, within(TOL));
  }

  @Test
  void of_rejectsShortOrNonFiniteSeries() {
    assertThatThrownBy(() -> Periodogram.of(new double[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 5 samples");
    assertThatThrownBy(() -> Periodogram.of(new double[] {1, 2, Double.NaN, 4, 5, 6}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("series[2]");
  }
}
