package dev.quantsdk.futures.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.indicator.Indicators;
import dev.quantsdk.futures.io.ChrisCsvLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignalsTest {

  private static final double NAN = Double.NaN;
  /** Cut-offs of the look-ahead guard: every 97th bar of ES1 plus the first bars. */
  private static final int CUT_STEP = 97;

  private static BarSeries es1;

  @BeforeAll
  static void loadEs1() {
    Path file = Path.of(System.getProperty("quant.data.dir"), "futures", "ES1_front_month_daily.csv");
    es1 = ChrisCsvLoader.load(file, ValidationPolicy.REPAIR).series();
  }

  @Test
  void crossover_isLongAboveShortBelowFlatOnTiesAndNaN() {
    double[] fast = {NAN, 2, 3, 3, 1, 5};
    double[] slow = {1, 1, 4, 3, 2, NAN};
    assertThat(Signals.crossover(fast, slow).decisions()).containsExactly(0, 1, -1, 0, -1, 0);
  }

  @Test
  void threshold_isLongAboveUpperShortBelowLower() {
    double[] rsi = {NAN, 75, 70, 50, 30, 25};
    assertThat(Signals.threshold(rsi, 70, 30).decisions()).containsExactly(0, 1, 0, 0, 0, -1);
    assertThat(Signals.threshold(rsi, 70, 30).inverted().decisions()).containsExactly(0, -1, 0, 0, 0, 1);
  }

  @Test
  void threshold_rejectsCrossedThresholds() {
    assertThatThrownBy(() -> Signals.threshold(new double[3], 30, 70))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower <= upper");
  }

  @Test
  void breakout_holdsItsDirectionUntilTheOppositeBreakout() {
    // n = 2: bar t compares its close with max(high[t-2], high[t-1]) and min(low[t-2], low[t-1])
    double[] high = {10, 11, 12, 13, 12, 11, 10, 9};
    double[] low = {9, 10, 11, 12, 11, 10, 9, 8};
    double[] close = {9.5, 10.5, 11.5, 12.5, 11.5, 10.5, 9.5, 8.5};
    // bar 2: channel [9, 11], close 11.5 > 11 -> long; bar 3: [10, 12], 12.5 -> long;
    // bar 4: [11, 13], 11.5 inside -> hold long; bar 5: [11, 13], 10.5 < 11 -> short; then short
    assertThat(Signals.breakout(high, low, close, 2).decisions()).containsExactly(0, 0, 1, 1, 1, -1, -1, -1);
  }

  @Test
  void breakout_rejectsColumnsOfDifferentLengths() {
    assertThatThrownBy(() -> Signals.breakout(new double[3], new double[3], new double[2], 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("high has 3 values but close 2");
  }

  @Test
  void fromPredictions_isFlatWhereTheModelDidNotPredict() {
    double[] predictions = {NAN, NAN, 0.002, -0.004, 0.0, NAN};
    assertThat(Signals.fromPredictions(predictions, 0.0, 0.0).decisions()).containsExactly(0, 0, 1, -1, 0, 0);
  }

  @Test
  void crossoverOnEs1_agreesWithAHandComparisonOfTheSmaColumns() {
    double[] close = es1.closes();
    double[] fast = Indicators.sma(close, 10);
    double[] slow = Indicators.sma(close, 50);
    int[] d = Signals.crossover(fast, slow).decisions();
    assertThat(Arrays.stream(d, 0, 49)).containsOnly(0);
    long longs = IntStream.range(49, d.length).filter(t -> fast[t] > slow[t]).count();
    assertThat(Arrays.stream(d).filter(v -> v == 1).count()).isEqualTo(longs);
  }

  static Stream<Arguments> signalsOfBars() {
    Function<BarSeries, Signal> crossover = b -> Signals.crossover(Indicators.sma(b.closes(), 10),
        Indicators.ema(b.closes(), 40));
    Function<BarSeries, Signal> threshold = b -> Signals.threshold(Indicators.rsi(b.closes(), 14), 70, 30);
    Function<BarSeries, Signal> breakout = b -> Signals.breakout(b.highs(), b.lows(), b.closes(), 20);
    Function<BarSeries, Signal> model = b -> Signals.fromPredictions(Indicators.zScore(b.closes(), 30), 1.0, -1.0);
    return Stream.of(Arguments.of("crossover", crossover), Arguments.of("threshold", threshold),
        Arguments.of("breakout", breakout), Arguments.of("model", model));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signalsOfBars")
  void signal_truncatedAtAnyBar_givesIdenticalDecisionsUpToThatBar(String name, Function<BarSeries, Signal> rule) {
    int[] full = rule.apply(es1).decisions();
    assertThat(Arrays.stream(full).filter(v -> v != 0).count()).as("%s decides something", name).isPositive();
    for (int cut = 1; cut <= es1.size(); cut += cut < 64 ? 1 : CUT_STEP) {
      int[] truncated = rule.apply(es1.slice(0, cut)).decisions();
      assertThat(truncated).as("%s cut at %d", name, cut).containsExactly(Arrays.copyOf(full, cut));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signalsOfBars")
  void volatilityTargetedSchedule_truncatedAtAnyBar_givesIdenticalTargetsUpToThatBar(String name,
      Function<BarSeries, Signal> rule) {
    Function<BarSeries, PositionSchedule> schedule = b -> rule.apply(b).toPositions(Sizing.volatilityTarget(
        200_000, Indicators.atr(b.highs(), b.lows(), b.closes(), 14), 50, 252, 10));
    PositionSchedule full = schedule.apply(es1);
    for (int cut = 1; cut <= es1.size(); cut += cut < 64 ? 1 : CUT_STEP) {
      PositionSchedule truncated = schedule.apply(es1.slice(0, cut));
      for (int t = 0; t <= cut; t++) {
        assertThat(truncated.tradableAt(t)).as("%s cut at %d, bar %d", name, cut, t).isEqualTo(full.tradableAt(t));
      }
    }
  }
}
