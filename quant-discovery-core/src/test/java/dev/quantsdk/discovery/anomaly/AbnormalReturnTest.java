package dev.quantsdk.discovery.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

class AbnormalReturnTest {

  private static final double TOLERANCE = 1e-9;
  private static final double REAL_DATA_TOLERANCE = 1e-10;

  /**
   * A stock built as alpha + beta * index + residual, where the index returns alternate a, b
   * and the residual repeats (+eps, +eps, -eps, -eps): over any 120 consecutive days the
   * residual has mean 0 and zero covariance with the index, so OLS recovers alpha and beta
   * exactly and sigma = eps * sqrt(120 / 118). After the event the residual is 0 and +1% is
   * planted on each of the first 5 days: CAR = 5% at every horizon.
   */
  @Test
  void compute_recoversPlantedAbnormalReturn_inClosedFormSeries() {
    double alpha = 0.0004;
    double beta = 1.3;
    double eps = 0.002;
    int event = 200;
    PriceSeries[] pair = plantedPair("X", alpha, beta, eps, 300, event);
    LocalDate eventDate = pair[0].date(event);

    AbnormalReturn.Result r = AbnormalReturn.marketModel().compute(pair[0], pair[1], eventDate)
        .orElseThrow();

    double sigma = eps * Math.sqrt(120.0 / 118.0);
    assertThat(r.eventDay()).isEqualTo(eventDate);
    assertThat(r.alpha()).isCloseTo(alpha, within(TOLERANCE));
    assertThat(r.beta()).isCloseTo(beta, within(TOLERANCE));
    assertThat(r.residualSd()).isCloseTo(sigma, within(TOLERANCE));
    assertThat(r.horizons()).extracting(AbnormalReturn.Horizon::tradingDays)
        .containsExactly(5, 20, 60);
    for (AbnormalReturn.Horizon h : r.horizons()) {
      assertThat(h.car()).isCloseTo(0.05, within(TOLERANCE));
      assertThat(h.tStatistic()).isCloseTo(0.05 / (sigma * Math.sqrt(h.tradingDays())),
          within(1e-6));
    }
    assertThat(r.mostFavourable(1).tradingDays()).isEqualTo(5);
    assertThat(r.mostFavourable(-1).tradingDays()).isEqualTo(60);
  }

  /**
   * AAPL (adjusted close) against the S&amp;P 500 around 2021-01-04: the fit and the CARs agree
   * with commons-math's SimpleRegression on the window selected here from the raw CSV rows.
   */
  @Test
  void compute_agreesWithCommonsMathRegression_onAppleAgainstSp500() {
    LocalDate eventDate = LocalDate.of(2021, 1, 2); // a Saturday: the event day is Monday the 4th
    TreeMap<LocalDate, Double> aapl = new TreeMap<>();
    SampleData.stockRows("AAPL.csv", 5).forEach(row -> aapl.put(row.date(), row.close()));
    Map<LocalDate, Double> gspc = new HashMap<>();
    SampleData.stockRows("GSPC_1927_2023.csv", 4).forEach(row -> gspc.put(row.date(), row.close()));
    List<LocalDate> common = aapl.keySet().stream().filter(gspc::containsKey).toList();
    int e = 0;
    while (common.get(e).isBefore(eventDate)) {
      e++;
    }
    SimpleRegression ols = new SimpleRegression(true);
    for (int k = e - 10 - 119; k <= e - 10; k++) {
      ols.addData(ret(gspc, common, k), ret(aapl, common, k));
    }
    double[] expectedCar = new double[3];
    int[] horizons = {5, 20, 60};
    for (int h = 0; h < 3; h++) {
      for (int k = e + 1; k <= e + horizons[h]; k++) {
        expectedCar[h] += ret(aapl, common, k) - ols.getIntercept()
            - ols.getSlope() * ret(gspc, common, k);
      }
    }

    AbnormalReturn.Result r = AbnormalReturn.marketModel()
        .compute(SampleData.stock("AAPL"), SampleData.sp500(), eventDate).orElseThrow();

    assertThat(r.eventDay()).isEqualTo(LocalDate.of(2021, 1, 4));
    assertThat(r.alpha()).isCloseTo(ols.getIntercept(), within(REAL_DATA_TOLERANCE));
    assertThat(r.beta()).isCloseTo(ols.getSlope(), within(REAL_DATA_TOLERANCE));
    assertThat(r.residualSd()).isCloseTo(Math.sqrt(ols.getMeanSquareError()),
        within(REAL_DATA_TOLERANCE));
    for (int h = 0; h < 3; h++) {
      assertThat(r.horizons().get(h).car()).isCloseTo(expectedCar[h], within(REAL_DATA_TOLERANCE));
    }
  }

  @Test
  void compute_isEmpty_whenTheEstimationWindowOrTheHorizonIsMissing() {
    PriceSeries aapl = SampleData.stock("AAPL");
    PriceSeries gspc = SampleData.sp500();
    AbnormalReturn model = AbnormalReturn.marketModel();

    // AAPL starts 2000-01-03: no 130 trading days before mid-February 2000
    assertThat(model.compute(aapl, gspc, LocalDate.of(2000, 2, 15))).isEmpty();
    // the index file ends 2023-12-28: no 5 trading days after 2023-12-27
    assertThat(model.compute(aapl, gspc, LocalDate.of(2023, 12, 27))).isEmpty();
    // 30 trading days before the end: 5 and 20 fit, 60 does not
    assertThat(model.compute(aapl, gspc, LocalDate.of(2023, 11, 13)).orElseThrow().horizons())
        .extracting(AbnormalReturn.Horizon::tradingDays).containsExactly(5, 20);
  }

  @Test
  void of_rejectsBadWindows() {
    assertThatThrownBy(() -> AbnormalReturn.of(2, 10, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("estimationDays");
    assertThatThrownBy(() -> AbnormalReturn.of(120, 10, 20, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending");
    assertThatThrownBy(() -> AbnormalReturn.of(120, -1, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gapDays");
  }

  /**
   * A stock and an index on consecutive calendar days: the stock return is
   * alpha + beta * index return + residual, the index returns alternate +1% and -0.7%, the
   * residual repeats (+eps, +eps, -eps, -eps) up to the event day and is 0 after it, and +1%
   * is planted on each of the 5 days after the event day.
   *
   * @return {stock, index}
   */
  static PriceSeries[] plantedPair(String symbol, double alpha, double beta, double eps, int n,
      int event) {
    LocalDate[] dates = new LocalDate[n];
    double[] index = new double[n];
    double[] stock = new double[n];
    index[0] = 100;
    stock[0] = 50;
    dates[0] = LocalDate.of(2021, 1, 1);
    for (int k = 1; k < n; k++) {
      dates[k] = dates[0].plusDays(k);
      double rm = k % 2 == 0 ? 0.01 : -0.007;
      double residual = k <= event ? ((k / 2) % 2 == 0 ? eps : -eps) : 0.0;
      double planted = k > event && k <= event + 5 ? 0.01 : 0.0;
      index[k] = index[k - 1] * (1 + rm);
      stock[k] = stock[k - 1] * (1 + alpha + beta * rm + residual + planted);
    }
    return new PriceSeries[] {PriceSeries.of(symbol, dates, stock),
        PriceSeries.of("INDEX", dates, index)};
  }

  private static double ret(Map<LocalDate, Double> closes, List<LocalDate> dates, int k) {
    return closes.get(dates.get(k)) / closes.get(dates.get(k - 1)) - 1.0;
  }
}
