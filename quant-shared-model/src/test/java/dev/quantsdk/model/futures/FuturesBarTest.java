package dev.quantsdk.model.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuturesBarTest {

  private static final UUID ES = UUID.randomUUID();
  private static final Instant DAY = Instant.parse("2008-10-10T00:00:00Z");

  @ParameterizedTest(name = "O={0} H={1} L={2} C={3}")
  @CsvSource({
      "900.0, 901.5, 903.0, 902.0, high",   // high below low
      "899.0, 910.0, 890.0, 905.0, ''",     // valid: control row
      "911.0, 910.0, 890.0, 905.0, open",   // open above high
      "900.0, 910.0, 890.0, 889.0, close"}) // close below low
  void constructor_checksTheOhlcOrder(double open, double high, double low, double close, String problem) {
    if (problem.isEmpty()) {
      assertThat(new FuturesBar(ES, DAY, open, high, low, close, Double.NaN, 0, -1).getSettle()).isEmpty();
    } else {
      assertThatThrownBy(() -> new FuturesBar(ES, DAY, open, high, low, close, Double.NaN, 0, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2008-10-10")
          .hasMessageContaining(problem);
    }
  }

  @Test
  void absentSettleAndOpenInterest_areEmpty() {
    FuturesBar bar = new FuturesBar(ES, DAY, 900, 910, 890, 905, Double.NaN, 10, -1);
    assertThat(bar.getSettle()).isEmpty();
    assertThat(bar.getOpenInterest()).isEmpty();
    assertThat(bar.getId()).isEqualTo(new FuturesBarId(ES, DAY));
  }
}
