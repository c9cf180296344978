package dev.quantsdk.futures.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every indicator keeps, written once and run for each output of each indicator on
 * the bundled ES1 daily file:
 *
 * <ul>
 *   <li>the streaming form gives bit-identical values to the batch form, and its
 *       {@code warmUp()} is the documented warm-up;</li>
 *   <li>values are {@code NaN} exactly during the warm-up and finite afterwards;</li>
 *   <li>a stream rejects a non-finite bar with {@link IllegalArgumentException} and stays
 *       unchanged, so feeding on gives the same values as if the bar had never come;</li>
 *   <li>look-ahead guard (issue section 8): the series truncated at {@code t} gives identical
 *       values up to {@code t}, for 200 sampled cut-offs (bit for bit).</li>
 * </ul>
 */
class IndicatorStreamContractTest {

  private static final int CUT_OFFS = 200;
  private static final long CUT_OFF_SEED = 8L;
  private static final double PERIODS_PER_YEAR = 252;
  /** Where the NaN bar is offered: past every warm-up. */
  private static final int BAD_BAR = 100;

  /** One output column of one indicator, in batch and streaming form. */
  record Case(String name, int warmUp, Function<Bars, double[]> batch,
      Function<Bars, double[]> streamed, Function<Bars, double[]> streamedPastABadBar,
      Supplier<Integer> streamWarmUp) {

    @Override
    public String toString() {
      return name;
    }
  }

  /** Feeds bar {@code i} of {@code bars} to a stream and returns the output under test. */
  @FunctionalInterface
  interface Step<S> {
    double next(S stream, Bars bars, int i);
  }

  static Stream<Case> cases() {
    return Stream.of(
        of("SMA(20)", 19, b -> Indicators.sma(b.close(), 20), () -> new SmaStream(20),
            (s, b, i) -> s.next(b.close()[i])),
        of("EMA(20)", 19, b -> Indicators.ema(b.close(), 20), () -> new EmaStream(20),
            (s, b, i) -> s.next(b.close()[i])),
        of("WMA(20)", 19, b -> Indicators.wma(b.close(), 20), () -> new WmaStream(20),
            (s, b, i) -> s.next(b.close()[i])),
        of("RSI(14)", 14, b -> Indicators.rsi(b.close(), 14), () -> new RsiStream(14),
            (s, b, i) -> s.next(b.close()[i])),
        of("ATR(14)", 13, b -> Indicators.atr(b.high(), b.low(), b.close(), 14),
            () -> new AtrStream(14), (s, b, i) -> s.next(b.high()[i], b.low()[i], b.close()[i])),
        of("Bollinger(20,2).upper", 19, b -> Indicators.bollinger(b.close(), 20, 2).upper(),
            () -> new BollingerStream(20, 2), (s, b, i) -> {
              s.next(b.close()[i]);
              return s.upper();
            }),
        of("Bollinger(20,2).middle", 19, b -> Indicators.bollinger(b.close(), 20, 2).middle(),
            () -> new BollingerStream(20, 2), (s, b, i) -> s.next(b.close()[i])),
        of("Bollinger(20,2).lower", 19, b -> Indicators.bollinger(b.close(), 20, 2).lower(),
            () -> new BollingerStream(20, 2), (s, b, i) -> {
              s.next(b.close()[i]);
              return s.lower();
            }),
        of("MACD.line", 25, b -> Indicators.macd(b.close(), 12, 26, 9).line(),
            () -> new MacdStream(12, 26, 9), (s, b, i) -> s.next(b.close()[i])),
        of("MACD.signal", 33, b -> Indicators.macd(b.close(), 12, 26, 9).signal(),
            () -> new MacdStream(12, 26, 9), (s, b, i) -> {
              s.next(b.close()[i]);
              return s.signal();
            }, MacdStream::signalWarmUp),
        of("MACD.histogram", 33, b -> Indicators.macd(b.close(), 12, 26, 9).histogram(),
            () -> new MacdStream(12, 26, 9), (s, b, i) -> {
              s.next(b.close()[i]);
              return s.histogram();
            }, MacdStream::signalWarmUp),
        of("Stochastic.K", 13, b -> Indicators.stochastic(b.high(), b.low(), b.close(), 14, 3).k(),
            () -> new StochasticStream(14, 3),
            (s, b, i) -> s.next(b.high()[i], b.low()[i], b.close()[i])),
        of("Stochastic.D", 15, b -> Indicators.stochastic(b.high(), b.low(), b.close(), 14, 3).d(),
            () -> new StochasticStream(14, 3), (s, b, i) -> {
              s.next(b.high()[i], b.low()[i], b.close()[i]);
              return s.d();
            }, StochasticStream::dWarmUp),
        of("ROC(12)", 12, b -> Indicators.roc(b.close(), 12), () -> new RocStream(12),
            (s, b, i) -> s.next(b.close()[i])),
        of("StdDev(20)", 19, b -> Indicators.stdDev(b.close(), 20), () -> new StdDevStream(20),
            (s, b, i) -> s.next(b.close()[i])),
        of("ZScore(20)", 19, b -> Indicators.zScore(b.close(), 20), () -> new ZScoreStream(20),
            (s, b, i) -> s.next(b.close()[i])),
        of("LogReturn", 1, b -> Indicators.logReturns(b.close()), LogReturnStream::new,
            (s, b, i) -> s.next(b.close()[i])),
        of("RealisedVol(21)", 21,
            b -> Indicators.realisedVolatility(b.close(), 21, PERIODS_PER_YEAR),
            () -> new RealisedVolatilityStream(21, PERIODS_PER_YEAR),
            (s, b, i) -> s.next(b.close()[i])),
        of("ADX(14)", 27, b -> Indicators.adx(b.high(), b.low(), b.close(), 14).adx(),
            () -> new AdxStream(14), (s, b, i) -> s.next(b.high()[i], b.low()[i], b.close()[i])),
        of("+DI(14)", 14, b -> Indicators.adx(b.high(), b.low(), b.close(), 14).plusDi(),
            () -> new AdxStream(14), (s, b, i) -> {
              s.next(b.high()[i], b.low()[i], b.close()[i]);
              return s.plusDi();
            }, AdxStream::diWarmUp),
        of("-DI(14)", 14, b -> Indicators.adx(b.high(), b.low(), b.close(), 14).minusDi(),
            () -> new AdxStream(14), (s, b, i) -> {
              s.next(b.high()[i], b.low()[i], b.close()[i]);
              return s.minusDi();
            }, AdxStream::diWarmUp),
        of("Donchian(20).upper", 19, b -> Indicators.donchian(b.high(), b.low(), 20).upper(),
            () -> new DonchianStream(20), (s, b, i) -> {
              s.next(b.high()[i], b.low()[i]);
              return s.upper();
            }),
        of("Donchian(20).middle", 19, b -> Indicators.donchian(b.high(), b.low(), 20).middle(),
            () -> new DonchianStream(20), (s, b, i) -> s.next(b.high()[i], b.low()[i])),
        of("Donchian(20).lower", 19, b -> Indicators.donchian(b.high(), b.low(), 20).lower(),
            () -> new DonchianStream(20), (s, b, i) -> {
              s.next(b.high()[i], b.low()[i]);
              return s.lower();
            }),
        of("OBV", 0, b -> Indicators.obv(b.close(), b.volume()), ObvStream::new,
            (s, b, i) -> s.next(b.close()[i], b.volume()[i])));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void stream_isBitIdenticalToBatch_onEs1(Case c) {
    Bars bars = Bars.es1();
    double[] batch = c.batch().apply(bars);
    double[] streamed = c.streamed().apply(bars);
    for (int i = 0; i < batch.length; i++) {
      assertThat(Double.doubleToLongBits(streamed[i]))
          .as("%s at bar %d: stream %s, batch %s", c.name(), i, streamed[i], batch[i])
          .isEqualTo(Double.doubleToLongBits(batch[i]));
    }
    assertThat(c.streamWarmUp().get()).as("stream warm-up").isEqualTo(c.warmUp());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void stream_rejectsANaNBar_andStaysUnchanged(Case c) {
    Bars bars = Bars.es1();
    assertThat(c.streamedPastABadBar().apply(bars)).isEqualTo(c.batch().apply(bars));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void values_areNaNExactlyDuringTheWarmUp_onEs1(Case c) {
    double[] values = c.batch().apply(Bars.es1());
    for (int i = 0; i < values.length; i++) {
      if (i < c.warmUp()) {
        assertThat(values[i]).as("%s at bar %d", c.name(), i).isNaN();
      } else {
        assertThat(values[i]).as("%s at bar %d", c.name(), i).isFinite();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void truncatedSeries_givesIdenticalValuesUpToTheCut_noLookAhead(Case c) {
    Bars bars = Bars.es1();
    double[] full = c.batch().apply(bars);
    for (int cut : cutOffs(bars.size())) {
      double[] truncated = c.batch().apply(bars.truncate(cut + 1));
      assertThat(truncated).as("%s cut after bar %d", c.name(), cut)
          .isEqualTo(Arrays.copyOf(full, cut + 1));
    }
  }

  /** 200 cut-offs: the first 60 bars (inside and around every warm-up) and 140 seeded others. */
  private static int[] cutOffs(int size) {
    Random random = new Random(CUT_OFF_SEED);
    return IntStream.concat(IntStream.range(0, 60),
        random.ints(CUT_OFFS - 60, 60, size)).toArray();
  }

  private static <S extends IndicatorStream> Case of(String name, int warmUp,
      Function<Bars, double[]> batch, Supplier<S> factory, Step<S> step) {
    return of(name, warmUp, batch, factory, step, IndicatorStream::warmUp);
  }

  private static <S extends IndicatorStream> Case of(String name, int warmUp,
      Function<Bars, double[]> batch, Supplier<S> factory, Step<S> step,
      ToIntFunction<S> warmUpOf) {
    Function<Bars, double[]> streamed = bars -> {
      S stream = factory.get();
      assertThat(stream.value()).as("value before the first bar").isNaN();
      double[] out = new double[bars.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = step.next(stream, bars, i);
      }
      assertThat(stream.count()).isEqualTo(bars.size());
      return out;
    };
    Function<Bars, double[]> pastABadBar = bars -> {
      S stream = factory.get();
      double[] out = new double[bars.size()];
      for (int i = 0; i < out.length; i++) {
        if (i == BAD_BAR) {
          long count = stream.count();
          long valueBits = Double.doubleToLongBits(stream.value());
          Bars poisoned = withNaNAt(bars, i);
          int bad = i;
          assertThatThrownBy(() -> step.next(stream, poisoned, bad))
              .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bar " + i);
          assertThat(stream.count()).isEqualTo(count);
          assertThat(Double.doubleToLongBits(stream.value())).isEqualTo(valueBits);
        }
        out[i] = step.next(stream, bars, i);
      }
      return out;
    };
    return new Case(name, warmUp, batch, streamed, pastABadBar,
        () -> warmUpOf.applyAsInt(factory.get()));
  }

  /** A copy of {@code bars} whose high, low, close and volume are NaN at bar {@code i}. */
  private static Bars withNaNAt(Bars bars, int i) {
    Bars copy = bars.truncate(bars.size());
    copy.high()[i] = Double.NaN;
    copy.low()[i] = Double.NaN;
    copy.close()[i] = Double.NaN;
    copy.volume()[i] = Double.NaN;
    return copy;
  }
}
