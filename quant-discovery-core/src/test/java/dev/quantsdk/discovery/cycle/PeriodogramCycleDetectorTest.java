package dev.quantsdk.discovery.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.TradeType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PeriodogramCycleDetectorTest {

  /** Detrending a cosine of 50 whole cycles in 1000 samples moves amplitude and phase by ~1e-4. */
  private static final double FIT_TOL = 1e-3;
  private static final PeriodogramCycleDetector RED = PeriodogramCycleDetector.redNoise().withSurrogates(199);

  private static ActivitySeries calendar(double[] x) {
    return ActivitySeries.of(Simulations.START, ActivitySeries.DayBasis.CALENDAR, ActivitySeries.Weighting.COUNT, x);
  }

  @Test
  void detect_recoversPeriodAmplitudeAndPhase_ofAPureCosine() {
    // 1003 samples: the detector drops the first 3 to reach the 5-smooth length 1000, and must
    // still report the phase relative to the series start
    int n = 1003;
    double[] x = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = 5 + 2 * Math.cos(2 * Math.PI * t / 20 + 0.7);
    }
    CycleDetector.Result r = PeriodogramCycleDetector.whiteNoise().detect(calendar(x), 1);
    assertThat(r.periodDays()).isCloseTo(20.0, within(1e-12));
    assertThat(r.frequencyPerDay()).isCloseTo(0.05, within(1e-12));
    assertThat(r.amplitude()).isCloseTo(2.0, within(FIT_TOL));
    assertThat(r.phaseRadians()).isCloseTo(0.7, within(FIT_TOL));
    assertThat(r.strength()).isCloseTo(1.0, within(FIT_TOL));
    assertThat(r.falseAlarmProbability()).isLessThan(1e-12);
    assertThat(r.method()).isEqualTo(CycleDetector.Method.FFT_PERIODOGRAM);
    assertThat(r.nullModel()).isEqualTo(CycleDetector.NullModel.WHITE_NOISE);
    assertThat(r.effectiveN()).isEqualTo(1000.0);
  }

  @Test
  void detect_findsThe90DayCycle_inNoisySeries() {
    SplittableRandom rng = new SplittableRandom(90);
    double[] x = Simulations.ar1(rng, 720, 0.5);
    for (int t = 0; t < x.length; t++) {
      x[t] += 1.2 * Math.cos(2 * Math.PI * t / 90);
    }
    CycleDetector.Result r = RED.detect(Simulations.asSeries(x), 7);
    // 720 = 2^4 3^2 5 samples: bin k = 8 is exactly 90 days
    assertThat(r.periodDays()).isCloseTo(90.0, within(1e-9));
    assertThat(r.calendarCycle()).contains(CalendarCycle.QUARTERLY);
    assertThat(r.falseAlarmProbability()).isLessThan(1e-3);
    assertThat(r.nullModel()).isEqualTo(CycleDetector.NullModel.AR1_RESIDUAL_BOOTSTRAP);
    // phi is fitted near 0.5: N (1 - phi) / (1 + phi) is near 720 / 3
    assertThat(r.effectiveN()).isBetween(150.0, 350.0);
  }

  /** Nobody trades on weekends: calendar-day series always show a weekly cycle, business days do not. */
  @Test
  void detect_findsTheWeekendCycle_inCalendarDays_butNotInBusinessDays() {
    SplittableRandom rng = new SplittableRandom(4);
    LocalDate from = LocalDate.of(2022, 1, 3);
    LocalDate to = LocalDate.of(2023, 12, 29);
    List<DisclosedTrade> trades = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      int count = rng.nextInt(3);
      for (int i = 0; i < count; i++) {
        trades.add(new DisclosedTrade(d + "-" + i, "P1", d, Optional.empty(), Optional.of("XYZ"),
            TradeType.PURCHASE, Optional.empty()));
      }
    }
    CycleDetector.Result cal = RED.detect(ActivitySeries.ofTrades(trades, from, to,
        ActivitySeries.DayBasis.CALENDAR, ActivitySeries.Weighting.COUNT), 1);
    assertThat(cal.periodDays()).isCloseTo(7.0, within(0.05));
    assertThat(cal.calendarCycle()).contains(CalendarCycle.WEEKLY);
    assertThat(cal.harmonics()).isTrue();
    assertThat(cal.falseAlarmProbability()).isLessThan(1e-6);

    CycleDetector.Result bus = RED.detect(ActivitySeries.ofTrades(trades, from, to,
        ActivitySeries.DayBasis.BUSINESS, ActivitySeries.Weighting.COUNT), 1);
    assertThat(bus.falseAlarmProbability()).isGreaterThan(0.05);
  }

  @Test
  void detect_isBitIdentical_forTheSameSeed() {
    double[] x = Simulations.clusteredCounts(new SplittableRandom(8), 512, 0.1, 3.0);
    CycleDetector.Result a = RED.detect(calendar(x), 42);
    CycleDetector.Result b = RED.detect(calendar(x), 42);
    assertThat(a).isEqualTo(b);
    assertThat(Double.doubleToRawLongBits(a.falseAlarmProbability()))
        .isEqualTo(Double.doubleToRawLongBits(b.falseAlarmProbability()));
  }

  @Test
  void withPeriodBand_ignoresStrongerCyclesOutsideTheBand() {
    int n = 600;
    double[] x = new double[n];
    SplittableRandom rng = new SplittableRandom(2);
    for (int t = 0; t < n; t++) {
      x[t] = 10 + 3 * Math.cos(2 * Math.PI * t / 5) + Math.cos(2 * Math.PI * t / 30) + 0.5 * rng.nextGaussian();
    }
    CycleDetector.Result all = PeriodogramCycleDetector.whiteNoise().detect(calendar(x), 0);
    CycleDetector.Result band = PeriodogramCycleDetector.whiteNoise().withPeriodBand(10, 100).detect(calendar(x), 0);
    assertThat(all.periodDays()).isCloseTo(5.0, within(1e-9));
    assertThat(band.periodDays()).isCloseTo(30.0, within(1e-9));
    assertThat(band.calendarCycle()).contains(CalendarCycle.MONTHLY);
    // periods 10..100 days in 600 samples: k = 6 .. 60
    assertThat(band.searchedFrequencies()).isEqualTo(55);
  }

  @Test
  void detect_rejectsShortAndConstantSeries() {
    assertThatThrownBy(() -> RED.detect(calendar(new double[20]), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 samples");
    assertThatThrownBy(() -> RED.detect(calendar(new double[64]), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no variation");
    assertThatThrownBy(() -> RED.withSurrogates(5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogates");
  }
}
