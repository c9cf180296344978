package dev.quantsdk.discovery.anomaly;

import static dev.quantsdk.discovery.anomaly.TestTrades.LARGE;
import static dev.quantsdk.discovery.anomaly.TestTrades.SMALL;
import static dev.quantsdk.discovery.anomaly.TestTrades.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.discovery.anomaly.TradeFeatures.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

class TradeFeaturesTest {

  private static final double TOLERANCE = 1e-9;

  @Test
  void compute_givesLagAndLogAmount_fromTheTrade() {
    TradeFeatures.Table t = TradeFeatures.standard()
        .compute(List.of(trade("a", "M", 0, "AAPL", SMALL, 50)), Optional.empty());

    assertThat(t.value(0, Feature.LAG_DAYS)).hasValue(50.0);
    // midpoint of $1,001 - $15,000 is 8,000.5
    assertThat(t.value(0, Feature.LOG10_AMOUNT_USD).getAsDouble())
        .isCloseTo(Math.log10(8_000.5), within(TOLERANCE));
    assertThat(t.value(0, Feature.AMOUNT_ROBUST_Z)).isEmpty();
    assertThat(t.value(0, Feature.ABNORMAL_RETURN_T)).isEmpty();
  }

  /**
   * 11 small trades and one large: the MAD is 0, so the scale is 1.253314 * MeanAD with
   * MeanAD = d / 12 for the distance d of the large trade (0.27 in log10, above the 0.25
   * floor): z = d / (1.253314 d / 12) = 12 / 1.253314 = 9.574585, whatever d is.
   */
  @Test
  void compute_amountZ_usesTheMeanDeviationFallback_withinTheMember() {
    List<DisclosedTrade> trades = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      trades.add(trade("s" + i, "M", i, "AAPL", SMALL, 10));
    }
    trades.add(trade("big", "M", 11, "AAPL", LARGE, 10));
    for (int i = 0; i < 9; i++) {
      trades.add(trade("o" + i, "FEW", i, "MSFT", i == 0 ? LARGE : SMALL, 10));
    }

    TradeFeatures.Table t = TradeFeatures.standard().compute(trades, Optional.empty());

    assertThat(t.value(11, Feature.AMOUNT_ROBUST_Z).getAsDouble())
        .isCloseTo(12 / 1.253314, within(1e-6));
    assertThat(t.value(0, Feature.AMOUNT_ROBUST_Z)).hasValue(0.0);
    assertThat(t.value(12, Feature.AMOUNT_ROBUST_Z)).as("a member with 9 trades has no z")
        .isEmpty();
  }

  /**
   * 25 trades in X, then a first trade in Y: among 25 earlier trades no ticker was traded
   * exactly once, so the add-one Good-Turing chance of a new ticker is (0 + 1) / (25 + 1).
   */
  @Test
  void compute_newTickerProbability_isAddOneGoodTuring() {
    List<DisclosedTrade> trades = new ArrayList<>();
    trades.add(trade("y", "M", 30, "Y", SMALL, 5));
    for (int i = 0; i < 25; i++) {
      trades.add(trade("x" + i, "M", i, "x", SMALL, 5));
    }
    trades.add(trade("z", "M", 31, "--", SMALL, 5));

    TradeFeatures.Table t = TradeFeatures.standard().compute(trades, Optional.empty());

    assertThat(t.value(0, Feature.NEW_TICKER_PROBABILITY).getAsDouble())
        .isCloseTo(1.0 / 26, within(TOLERANCE));
    assertThat(t.value(0, Feature.TICKER_PRIOR_SHARE)).hasValue(0.0);
    assertThat(t.value(2, Feature.TICKER_PRIOR_SHARE)).as("x is case-insensitive").hasValue(1.0);
    assertThat(t.value(1, Feature.TICKER_PRIOR_SHARE)).as("first trade ever").isEmpty();
    assertThat(t.value(25, Feature.NEW_TICKER_PROBABILITY)).as("20 earlier trades needed")
        .isEmpty();
    assertThat(t.value(26, Feature.CLUSTER_OTHER_MEMBERS)).as("'--' is no ticker").isEmpty();
    assertThat(TradeFeatures.ticker(trades.get(26))).isEmpty();
  }

  /**
   * Members A, B, C trade Z on days 0, 3 and 9; D trades Q on day 299, so the span is 300 days.
   * B sees A and C within 7 days; the other members' member-days in Z are 2, so
   * lambda = 2 * 15 / 300 = 0.1 and p = P(Poisson(0.1) >= 2), taken from commons-math.
   */
  @Test
  void compute_cluster_countsOtherMembersInTheWindow_withPoissonTail() {
    List<DisclosedTrade> trades = List.of(trade("a", "A", 0, "Z", SMALL, 5),
        trade("b", "B", 3, "Z", SMALL, 5), trade("c", "C", 9, "Z", SMALL, 5),
        trade("d", "D", 299, "Q", SMALL, 5), trade("b2", "B", 4, "Z", SMALL, 5));

    TradeFeatures.Table t = TradeFeatures.standard().compute(trades, Optional.empty());

    assertThat(t.column(Feature.CLUSTER_OTHER_MEMBERS)).containsExactly(1, 2, 1, 0, 2);
    // B has two member-days in Z, so the others' member-days are 4 - 2 = 2 for B
    assertThat(t.value(1, Feature.CLUSTER_EXPECTED_MEMBERS).getAsDouble())
        .isCloseTo(0.1, within(TOLERANCE));
    double expectedP = 1 - new PoissonDistribution(0.1).cumulativeProbability(1);
    assertThat(t.value(1, Feature.CLUSTER_P_VALUE).getAsDouble())
        .isCloseTo(expectedP, within(1e-12));
    assertThat(t.value(3, Feature.CLUSTER_P_VALUE)).hasValue(1.0);
  }

  @Test
  void forestColumns_imputeAbsentValuesWithTheColumnMedian() {
    List<DisclosedTrade> trades = List.of(trade("a", "A", 0, "Z", SMALL, 5),
        trade("b", "B", 1, "Z", SMALL, 7), trade("c", "C", 2, "Z", null, 9));

    double[][] columns = TradeFeatures.standard().compute(trades, Optional.empty())
        .forestColumns();

    assertThat(columns.length).isEqualTo(TradeFeatures.FOREST_FEATURES.size());
    assertThat(columns[0]).containsExactly(5, 7, 9);
    assertThat(columns[1][2]).isCloseTo(Math.log10(8_000.5), within(TOLERANCE));
    for (double[] column : columns) {
      assertThat(column).doesNotContain(Double.NaN);
    }
  }
}
