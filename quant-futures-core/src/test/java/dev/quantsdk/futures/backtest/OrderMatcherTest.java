package dev.quantsdk.futures.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The intrabar rules on one bar: open 100, high 103, low 98 (hand-checked rows). */
class OrderMatcherTest {

  private static final double OPEN = 100;
  private static final double HIGH = 103;
  private static final double LOW = 98;

  @ParameterizedTest(name = "{0} {1} limit {2} stop {3} triggered {4} -> priority {5} at {6}")
  @CsvSource({
      "MARKET, BUY, NaN, NaN, false, 0, 100",
      "MARKET, SELL, NaN, NaN, false, 0, 100",
      // limits: strictly through, at the open when the open is already better
      "LIMIT, BUY, 99, NaN, false, 2, 99",
      "LIMIT, BUY, 98, NaN, false, -1, NaN",
      "LIMIT, BUY, 101, NaN, false, 0, 100",
      "LIMIT, SELL, 102, NaN, false, 2, 102",
      "LIMIT, SELL, 103, NaN, false, -1, NaN",
      "LIMIT, SELL, 99, NaN, false, 0, 100",
      // stops: a touch triggers, a gap fills at the open
      "STOP, BUY, NaN, 103, false, 1, 103",
      "STOP, BUY, NaN, 99, false, 0, 100",
      "STOP, SELL, NaN, 98, false, 1, 98",
      "STOP, SELL, NaN, 101, false, 0, 100",
      "STOP, SELL, NaN, 97, false, -1, NaN",
      // stop-limits: trigger then limit; gapped past the limit -> no fill in this bar
      "STOP_LIMIT, BUY, 102, 101, false, 1, 101",
      "STOP_LIMIT, BUY, 100.5, 99, false, 0, 100",
      "STOP_LIMIT, BUY, 99.5, 99, false, -1, NaN",
      "STOP_LIMIT, SELL, 98.5, 99, false, 1, 99",
      // once triggered it is a limit: 99.5 > low 98 -> fills at 99.5
      "STOP_LIMIT, BUY, 99.5, 99, true, 2, 99.5",
  })
  void priorityAndPrice_followTheDocumentedRules(OrderType type, Side side, double limit, double stop,
      boolean triggered, int priority, double price) {
    assertThat(OrderMatcher.priority(type, side, limit, stop, triggered, OPEN, HIGH, LOW)).isEqualTo(priority);
    if (priority != OrderMatcher.NO_FILL) {
      assertThat(OrderMatcher.price(type, side, limit, stop, triggered, OPEN)).isEqualTo(price);
    }
  }

  @ParameterizedTest(name = "{0} stop {1} -> {2}")
  @CsvSource({"BUY, 103, true", "BUY, 103.25, false", "SELL, 98, true", "SELL, 97.75, false"})
  void triggers_onATouch(Side side, double stop, boolean expected) {
    assertThat(OrderMatcher.triggers(side, stop, HIGH, LOW)).isEqualTo(expected);
  }
}
