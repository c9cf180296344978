package dev.quantsdk.discovery.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;
import org.junit.jupiter.api.Test;

class LombScargleTest {

  private static final double TOL = 1e-9;

  /** Issue oracle: on evenly spaced data Lomb–Scargle equals the classical periodogram |X_k|^2 / N. */
  @Test
  void power_equalsTheClassicalPeriodogram_onEvenlySpacedData() {
    int n = 256;
    SplittableRandom rng = new SplittableRandom(1);
    double[] t = new double[n];
    double[] y = new double[n];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      t[i] = i;
      y[i] = rng.nextGaussian() + Math.cos(i / 3.0);
      mean += y[i] / n;
    }
    double[] centred = new double[n];
    for (int i = 0; i < n; i++) {
      centred[i] = y[i] - mean;
    }
    Complex[] fft = new FastFourierTransformer(DftNormalization.STANDARD).transform(centred, TransformType.FORWARD);
    double[] f = new double[n / 2 - 1];
    for (int k = 1; k < n / 2; k++) {
      f[k - 1] = (double) k / n;
    }
    double[] ls = LombScargle.power(t, y, f);
    for (int k = 1; k < n / 2; k++) {
      double classical = fft[k].abs() * fft[k].abs() / n;
      assertThat(ls[k - 1]).as("k = %d", k).isCloseTo(classical, within(TOL));
    }
  }

  /**
   * Peer library: scipy.signal.lombscargle(t, y - y.mean(), 2 pi f, normalize=False) (scipy
   * 1.17.1) for t_i = i + 0.4 sin(1.7 i), y_i = cos(2 pi t_i / 6.5) + 0.5 sin(2.3 i), i = 0..39.
   */
  @Test
  void power_matchesScipy_onUnevenTimes() {
    double[] t = new double[40];
    double[] y = new double[40];
    for (int i = 0; i < 40; i++) {
      t[i] = i + 0.4 * Math.sin(1.7 * i);
      y[i] = Math.cos(2 * Math.PI * t[i] / 6.5) + 0.5 * Math.sin(2.3 * i);
    }
    double[] p = LombScargle.power(t, y, new double[] {0.05, 0.1, 0.153846, 0.2, 0.37});
    assertThat(p).containsExactly(new double[] {0.06768621724736945, 0.308327362934848, 10.301911245059651,
        0.034974870510624784, 0.9200035874193513}, within(TOL));
  }

  @Test
  void detect_findsA30DayCycle_inUnevenSamples() {
    SplittableRandom rng = new SplittableRandom(30);
    int n = 150;
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = 600 * rng.nextDouble();
    }
    // pin the span to 600 days so that 1/30 lies on the grid 2/600 + j/3000 (j = 90): the phase
    // at t = 0 is then not shifted by a grid offset
    t[0] = 0;
    t[n - 1] = 600;
    Arrays.sort(t);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = 3 + Math.cos(2 * Math.PI * t[i] / 30 + 1.0) + 0.5 * rng.nextGaussian();
    }
    CycleDetector.Result r = LombScargle.of().detect(t, y);
    assertThat(r.periodDays()).isCloseTo(30.0, within(1e-9));
    assertThat(r.amplitude()).isCloseTo(1.0, within(0.15));
    assertThat(r.phaseRadians()).isCloseTo(1.0, within(0.3));
    assertThat(r.falseAlarmProbability()).isLessThan(1e-10);
    assertThat(r.calendarCycle()).contains(CalendarCycle.MONTHLY);
    assertThat(r.nullModel()).isEqualTo(CycleDetector.NullModel.BALUEV_WHITE_NOISE);
  }

  /** Baluev's FAP is an upper bound: under white noise it fires at most about alpha of the time. */
  @Test
  void falseAlarmProbability_holdsItsLevel_underWhiteNoiseAtUnevenTimes() {
    SplittableRandom rng = new SplittableRandom(77);
    int sims = 1_000;
    int hits = 0;
    for (int s = 0; s < sims; s++) {
      double[] t = new double[60];
      double[] y = new double[60];
      for (int i = 0; i < t.length; i++) {
        t[i] = 365 * rng.nextDouble();
        y[i] = rng.nextGaussian();
      }
      if (LombScargle.of().withMaxFrequency(0.2).detect(t, y).falseAlarmProbability() <= 0.05) {
        hits++;
      }
    }
    // binomial standard error at 0.05 over 1000 runs: 0.007
    assertThat((double) hits / sims).isBetween(0.025, 0.065);
  }

  @Test
  void falseAlarmProbability_isOneForZeroPower() {
    double[] t = {0, 1, 2, 3, 5, 8, 13, 21, 34};
    assertThat(LombScargle.falseAlarmProbability(0.0, t, 0.5)).isEqualTo(1.0);
  }

  @Test
  void detect_rejectsConstantValuesAndMismatchedLengths() {
    double[] t = {0, 1, 2, 3, 5, 8, 13, 21, 34};
    assertThatThrownBy(() -> LombScargle.of().detect(t, new double[9]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("constant");
    assertThatThrownBy(() -> LombScargle.power(t, new double[8], new double[] {0.1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
  }
}
