package dev.quantsdk.discovery.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class RayleighTestTest {

  private static final double TOL = 1e-9;

  /** Issue oracle: events exactly every 7 days give Z = n. */
  @Test
  void test_givesZEqualN_forEventsEvery7Days() {
    double[] t = new double[52];
    for (int i = 0; i < t.length; i++) {
      t[i] = 3 + 7 * i;
    }
    RayleighTest.Outcome o = RayleighTest.test(t, 7);
    assertThat(o.z()).isCloseTo(52.0, within(TOL));
    assertThat(o.meanResultantLength()).isCloseTo(1.0, within(TOL));
    assertThat(o.meanPhaseRadians()).isCloseTo(2 * Math.PI * 3 / 7, within(TOL));
    assertThat(o.pValue()).isLessThan(1e-20);
  }

  /**
   * The Greenwood–Durand p-value agrees with the independent asymptotic series of Mardia &amp;
   * Jupp (Directional Statistics, 2000, eq. 6.3.4): exp(-Z) [1 + (2Z - Z^2)/(4n) - (24Z - 132Z^2
   * + 76Z^3 - 9Z^4)/(288 n^2)].
   */
  @Test
  void pValue_agreesWithTheAsymptoticSeries() {
    int n = 100;
    // two phases 0 and delta, 50 events each: R^2 = 2500 (2 + 2 cos delta); choose Z = R^2 / n = 3
    double cosDelta = 3.0 * n / 2500 / 2 - 1;
    double delta = Math.acos(cosDelta);
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = (i % 2 == 0 ? 0 : delta / (2 * Math.PI)) + i;
    }
    RayleighTest.Outcome o = RayleighTest.test(t, 1.0);
    double z = 3.0;
    double series = Math.exp(-z) * (1 + (2 * z - z * z) / (4 * n)
        - (24 * z - 132 * z * z + 76 * z * z * z - 9 * z * z * z * z) / (288.0 * n * n));
    assertThat(o.z()).isCloseTo(3.0, within(1e-9));
    assertThat(o.pValue()).isCloseTo(series, Percentage.withPercentage(0.5));
  }

  @Test
  void detect_findsAMonthlyRhythm_andNothingInUniformEvents() {
    SplittableRandom rng = new SplittableRandom(12);
    double[] periodic = new double[1080];
    double[] uniform = new double[1080];
    for (int m = 0; m < 36; m++) {
      periodic[30 * m + rng.nextInt(3)] += 1;
    }
    for (int i = 0; i < 36; i++) {
      uniform[rng.nextInt(1080)] += 1;
    }
    ActivitySeries p = ActivitySeries.of(Simulations.START, ActivitySeries.DayBasis.CALENDAR,
        ActivitySeries.Weighting.COUNT, periodic);
    CycleDetector.Result r = RayleighTest.of().detect(p, 0);
    // 1080 samples: the Fourier period 1080 / 36 is exactly 30 days (its harmonic 15 days is
    // weaker because the 0-2 day jitter spreads its phases twice as much)
    assertThat(r.periodDays()).isCloseTo(30.0, within(1e-9));
    assertThat(r.falseAlarmProbability()).isLessThan(1e-6);
    assertThat(r.method()).isEqualTo(CycleDetector.Method.RAYLEIGH);
    ActivitySeries u = ActivitySeries.of(Simulations.START, ActivitySeries.DayBasis.CALENDAR,
        ActivitySeries.Weighting.COUNT, uniform);
    assertThat(RayleighTest.of().detect(u, 0).falseAlarmProbability()).isGreaterThan(0.05);
  }

  @Test
  void test_rejectsTooFewEvents() {
    assertThatThrownBy(() -> RayleighTest.test(new double[] {1, 2, 3}, 7))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 10 events");
  }
}
