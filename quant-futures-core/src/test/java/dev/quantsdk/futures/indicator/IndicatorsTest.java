package dev.quantsdk.futures.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Closed-form and hand-checked values of {@link Indicators}, known facts of the ES1 file for the
 * indicators ta4j lacks, argument validation, and the absence of drift in rolling sums. The ta4j
 * comparison is in {@link Ta4jOracleTest}; stream equality and look-ahead in
 * {@link IndicatorStreamContractTest}.
 */
class IndicatorsTest {

  /** For closed forms evaluated in double arithmetic. */
  private static final double TOLERANCE = 1e-12;
  /** For the python3-computed ES1 facts (printed with 16+ significant digits). */
  private static final double FACT_TOLERANCE = 1e-14;

  // ------------------------------------------------------------------ closed forms

  @Test
  void sma_ofArithmeticSequence_isTheMiddleTerm() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] sma = Indicators.sma(x, 3);
    assertThat(sma[0]).isNaN();
    assertThat(sma[1]).isNaN();
    for (int i = 2; i < x.length; i++) {
      assertThat(sma[i]).isEqualTo(x[i - 1]);
    }
  }

  @Test
  void sma_ofAMillionNonRepresentablePrices_doesNotDrift() {
    // a seeded walk of prices that are not binary fractions; an un-compensated rolling sum would
    // accumulate rounding over 10^6 additions and subtractions
    int n = 1_000_000;
    int window = 50;
    double[] x = new double[n];
    SplittableRandom random = new SplittableRandom(3);
    double price = 2000.1;
    for (int i = 0; i < n; i++) {
      price += random.nextDouble() - 0.5;
      x[i] = price;
    }
    double[] sma = Indicators.sma(x, window);
    for (int i : new int[] {window - 1, n / 2, n - 1}) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int j = i - window + 1; j <= i; j++) {
        sum = sum.add(new BigDecimal(x[j]));
      }
      double exact = sum.divide(BigDecimal.valueOf(window), MathContext.DECIMAL128).doubleValue();
      assertThat(Math.abs(sma[i] - exact)).as("bar %d", i).isLessThanOrEqualTo(Math.ulp(exact));
    }
  }

  @Test
  void ema_ofUnitStep_isOneMinusDecayPower() {
    // seeded at x[0] = 0, then x = 1: ema[i] = 1 - (1 - k)^i with k = 2 / (n + 1)
    int n = 9;
    double k = 2.0 / (n + 1);
    double[] x = new double[40];
    Arrays.fill(x, 1, x.length, 1.0);
    double[] ema = Indicators.ema(x, n);
    for (int i = n - 1; i < x.length; i++) {
      assertThat(ema[i]).isCloseTo(1 - Math.pow(1 - k, i), within(TOLERANCE));
    }
  }

  @Test
  void wma_ofLinearSeries_lagsByTwoThirdsForWindowThree() {
    // (3 x_i + 2 x_{i-1} + x_{i-2}) / 6 with x_i = i + 1 is x_i - 4/6
    double[] x = {1, 2, 3, 4, 5, 6};
    double[] wma = Indicators.wma(x, 3);
    for (int i = 2; i < x.length; i++) {
      assertThat(wma[i]).isCloseTo(x[i] - 2.0 / 3, within(TOLERANCE));
    }
  }

  @Test
  void rsi_isHundredWhenOnlyRising_zeroWhenOnlyFalling_andZeroWhenFlat() {
    double[] up = {1, 2, 3, 4, 5, 6};
    double[] down = {6, 5, 4, 3, 2, 1};
    double[] flat = {3, 3, 3, 3, 3, 3};
    assertThat(Indicators.rsi(up, 3)[5]).isEqualTo(100);
    assertThat(Indicators.rsi(down, 3)[5]).isEqualTo(0);
    assertThat(Indicators.rsi(flat, 3)[5]).isEqualTo(0);
  }

  @Test
  void rsi_ofEqualAlternatingMoves_followsWilderAverages() {
    // +1, -1, +1, ...: with gains g_i and losses l_i both Wilder-averaged from 0 the RSI is
    // 100 * G / (G + L); computed here from the closed-form sums of the geometric weights
    int n = 4;
    double k = 1.0 / n;
    double[] x = new double[12];
    for (int i = 1; i < x.length; i++) {
      x[i] = x[i - 1] + (i % 2 == 1 ? 1 : -1);
    }
    double[] rsi = Indicators.rsi(x, n);
    for (int i = n; i < x.length; i++) {
      double gains = 0;
      double losses = 0;
      for (int j = 1; j <= i; j++) {
        double weight = k * Math.pow(1 - k, i - j);
        if (j % 2 == 1) {
          gains += weight;
        } else {
          losses += weight;
        }
      }
      assertThat(rsi[i]).as("bar %d", i).isCloseTo(100 * gains / (gains + losses),
          within(1e-10));
    }
  }

  @Test
  void atr_ofConstantRangeBars_isTheRange() {
    double[] close = {100, 100, 100, 100, 100};
    double[] high = {101, 101, 101, 101, 101};
    double[] low = {99, 99, 99, 99, 99};
    double[] atr = Indicators.atr(high, low, close, 3);
    assertThat(atr).containsExactly(Double.NaN, Double.NaN, 2, 2, 2);
  }

  @Test
  void atr_usesThePreviousCloseForGaps() {
    // bar 1 gaps up: range 1 but |high - previous close| = 11, so TR = 11; ATR(1) is the TR
    double[] atr = Indicators.atr(new double[] {101, 111}, new double[] {99, 110},
        new double[] {100, 110.5}, 1);
    assertThat(atr).containsExactly(2, 11);
  }

  @Test
  void stdDevAndZScore_ofTheTextbookSample_areTwoAndTwo() {
    // population sd of {2, 4, 4, 4, 5, 5, 7, 9} is 2 (mean 5); the last value's z is (9-5)/2
    double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
    assertThat(Indicators.stdDev(x, 8)[7]).isCloseTo(2, within(TOLERANCE));
    assertThat(Indicators.zScore(x, 8)[7]).isCloseTo(2, within(TOLERANCE));
  }

  @Test
  void zScore_ofFlatWindow_isZero_notNaN() {
    assertThat(Indicators.zScore(new double[] {5, 5, 5}, 3)[2]).isEqualTo(0);
  }

  @Test
  void bollinger_ofAlternatingSeries_isMeanPlusMinusKTimesOne() {
    // 100 +- 1 alternating: every even window has mean 100 and population sd 1
    double[] x = new double[10];
    for (int i = 0; i < x.length; i++) {
      x[i] = 100 + (i % 2 == 0 ? 1 : -1);
    }
    BollingerBands bands = Indicators.bollinger(x, 4, 2.5);
    assertThat(bands.size()).isEqualTo(x.length);
    for (int i = 3; i < x.length; i++) {
      assertThat(bands.middle()[i]).isCloseTo(100, within(TOLERANCE));
      assertThat(bands.upper()[i]).isCloseTo(102.5, within(TOLERANCE));
      assertThat(bands.lower()[i]).isCloseTo(97.5, within(TOLERANCE));
    }
  }

  @Test
  void macd_ofConstantSeries_isZero() {
    double[] x = new double[50];
    Arrays.fill(x, 1234.5);
    Macd macd = Indicators.macd(x, 12, 26, 9);
    assertThat(macd.line()[25]).isEqualTo(0);
    assertThat(macd.signal()[33]).isEqualTo(0);
    assertThat(macd.histogram()[49]).isEqualTo(0);
    assertThat(macd.signal()[32]).isNaN();
  }

  @Test
  void stochastic_isHundredAtTheHigh_zeroAtTheLow_andFiftyWhenFlat() {
    double[] high = {10, 11, 12, 12, 12, 12};
    double[] low = {9, 9, 10, 12, 12, 12};
    double[] close = {10, 11, 12, 12, 12, 12};
    Stochastic atHigh = Indicators.stochastic(high, low, close, 3, 2);
    assertThat(atHigh.k()[2]).isEqualTo(100);
    Stochastic atLow = Indicators.stochastic(high, low, new double[] {10, 11, 9, 12, 12, 12}, 3, 2);
    assertThat(atLow.k()[2]).isEqualTo(0);
    // bars 3..5 have high = low = 12: a flat window, 50 by our documented convention
    assertThat(atHigh.k()[5]).isEqualTo(50);
    // %K at bars 2..4 is 100 (close at the window high), so %D(2) at bar 4 is 100 and at bar 5
    // is (100 + 50) / 2
    assertThat(atHigh.d()[4]).isEqualTo(100);
    assertThat(atHigh.d()[5]).isEqualTo(75);
    assertThat(atHigh.d()[2]).isNaN();
  }

  @Test
  void roc_ofDoublingSeries_isHundredPercent() {
    assertThat(Indicators.roc(new double[] {1, 2, 4, 8}, 1)).containsExactly(Double.NaN, 100, 100,
        100);
    assertThat(Indicators.roc(new double[] {1, 2, 4, 8}, 2)[3]).isEqualTo(300);
  }

  @Test
  void adx_ofSteadyUptrend_followsTheSeededWilderClosedForm() {
    // high = 101 + i, low = 99 + i, close = 100 + i: TR = 2, +DM = 1, -DM = 0 from bar 1, so
    // +DI = 50 (1 - (1-k)^i), -DI = 0, DX = 100 from bar 1 (0 at bar 0), ADX = 100 (1 - (1-k)^i)
    int n = 5;
    double k = 1.0 / n;
    int len = 40;
    double[] high = new double[len];
    double[] low = new double[len];
    double[] close = new double[len];
    for (int i = 0; i < len; i++) {
      high[i] = 101 + i;
      low[i] = 99 + i;
      close[i] = 100 + i;
    }
    Adx adx = Indicators.adx(high, low, close, n);
    for (int i = 2 * n - 1; i < len; i++) {
      double decay = Math.pow(1 - k, i);
      assertThat(adx.adx()[i]).isCloseTo(100 * (1 - decay), within(1e-10));
      assertThat(adx.plusDi()[i]).isCloseTo(50 * (1 - decay), within(1e-10));
      assertThat(adx.minusDi()[i]).isEqualTo(0);
    }
    assertThat(adx.adx()[2 * n - 2]).isNaN();
    assertThat(adx.plusDi()[n - 1]).isNaN();
  }

  @Test
  void donchian_isTheRollingExtremesAndTheirMidpoint() {
    double[] high = {5, 7, 6, 3, 4};
    double[] low = {1, 2, 3, 0, 2};
    DonchianChannel channel = Indicators.donchian(high, low, 3);
    assertThat(channel.upper()).containsExactly(Double.NaN, Double.NaN, 7, 7, 6);
    assertThat(channel.lower()).containsExactly(Double.NaN, Double.NaN, 1, 0, 0);
    assertThat(channel.middle()).containsExactly(Double.NaN, Double.NaN, 4, 3.5, 3);
  }

  @Test
  void obv_addsOnUpClosesAndSubtractsOnDownCloses() {
    double[] close = {10, 11, 11, 10, 12};
    double[] volume = {5, 6, 7, 8, 9};
    assertThat(Indicators.obv(close, volume)).containsExactly(0, 6, 6, -2, 7);
  }

  @Test
  void logReturnsAndRealisedVolatility_ofConstantGrowth_areTheRateAndItsAnnualisation() {
    double[] price = new double[30];
    for (int i = 0; i < price.length; i++) {
      price[i] = 100 * Math.exp(0.01 * i);
    }
    double[] r = Indicators.logReturns(price);
    assertThat(r[0]).isNaN();
    for (int i = 1; i < price.length; i++) {
      assertThat(r[i]).isCloseTo(0.01, within(TOLERANCE));
    }
    double[] vol = Indicators.realisedVolatility(price, 21, 252);
    assertThat(vol[20]).isNaN();
    assertThat(vol[21]).isCloseTo(0.01 * Math.sqrt(252), within(TOLERANCE));
  }

  // ------------------------------------------------------------------ ES1 known facts

  @Test
  void logReturn_onEs1_2008_10_13_isThe891To1016point75Rally() {
    // python3: math.log(1016.75 / 891.0) on the Close column of 2008-10-10 and 2008-10-13
    Bars es1 = Bars.es1();
    int i = indexOf(es1, LocalDate.of(2008, 10, 13));
    assertThat(es1.close()[i - 1]).isEqualTo(891.0);
    assertThat(Indicators.logReturns(es1.close())[i])
        .isCloseTo(0.13202211731652455, within(FACT_TOLERANCE));
  }

  @Test
  void realisedVolatility21_onEs1_2008_10_31_isNinetyOnePercent() {
    // python3 on the Close column: r = [log(c[k]/c[k-1]) for the 21 bars ending 2008-10-31],
    // math.sqrt(252 * sum(x * x for x in r) / 21) = 0.9146641550115914
    Bars es1 = Bars.es1();
    int i = indexOf(es1, LocalDate.of(2008, 10, 31));
    assertThat(Indicators.realisedVolatility(es1.close(), 21, 252)[i])
        .isCloseTo(0.9146641550115914, within(FACT_TOLERANCE));
  }

  // ------------------------------------------------------------------ validation

  static Stream<Arguments> invalidCalls() {
    double[] x = {1, 2, 3};
    return Stream.of(
        Arguments.of("window 0", (Runnable) () -> Indicators.sma(x, 0), "n must be in [1"),
        Arguments.of("NaN input", (Runnable) () -> Indicators.ema(new double[] {1, Double.NaN}, 2),
            "x at bar 1 must be finite"),
        Arguments.of("short column", (Runnable) () -> Indicators.atr(x, new double[2], x, 2),
            "low has 2 values"),
        Arguments.of("in place", (Runnable) () -> Indicators.rsi(x, 2, x),
            "out must not be an input array"),
        Arguments.of("wrong out length", (Runnable) () -> Indicators.sma(x, 2, new double[2]),
            "out has length 2"),
        Arguments.of("non-positive price",
            (Runnable) () -> Indicators.logReturns(new double[] {1, 0}), "price at bar 1"),
        Arguments.of("negative volume",
            (Runnable) () -> Indicators.obv(x, new double[] {1, -1, 1}), "volume at bar 1"),
        Arguments.of("zero ROC base",
            (Runnable) () -> Indicators.roc(new double[] {0, 1}, 1), "rate of change at bar 1"),
        Arguments.of("MACD periods", (Runnable) () -> Indicators.macd(x, 26, 12, 9),
            "shortPeriod 26 must be < longPeriod 12"),
        Arguments.of("Bollinger k", (Runnable) () -> Indicators.bollinger(x, 2, 0), "k must be"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCalls")
  void badArguments_throwIllegalArgumentException_withActionableMessage(String name,
      Runnable call, String message) {
    assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void emptyInput_givesEmptyOutput() {
    double[] empty = {};
    assertThat(Indicators.sma(empty, 3)).isEmpty();
    assertThat(Indicators.realisedVolatility(empty, 3, 252)).isEmpty();
    assertThat(Indicators.macd(empty, 12, 26, 9).size()).isZero();
  }

  private static int indexOf(Bars bars, LocalDate date) {
    int i = Arrays.asList(bars.dates()).indexOf(date);
    assertThat(i).as("bar of %s", date).isPositive();
    return i;
  }
}
