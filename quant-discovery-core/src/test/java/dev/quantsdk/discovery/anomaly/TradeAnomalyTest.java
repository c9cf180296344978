package dev.quantsdk.discovery.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.discovery.anomaly.TradeAnomaly.Contribution;
import dev.quantsdk.discovery.anomaly.TradeAnomaly.Explanation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradeAnomalyTest {

  private static final Explanation WHY = new Explanation("late",
      List.of(new Contribution("lag_days", 120, 1.0)));

  @ParameterizedTest
  @CsvSource({"0.79999, false", "0.8, true", "1.0, true"})
  void isCritical_fromSeverity0point8(double severity, boolean critical) {
    assertThat(new TradeAnomaly("t", "m", AnomalyType.LATE_DISCLOSURE, severity, WHY).isCritical())
        .isEqualTo(critical);
  }

  @Test
  void constructors_rejectOutOfRangeValues() {
    assertThatThrownBy(() -> new TradeAnomaly("t", "m", AnomalyType.LATE_DISCLOSURE, 1.2, WHY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("severity");
    assertThatThrownBy(() -> new Contribution("x", Double.NaN, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value of x");
    assertThatThrownBy(() -> new Contribution("x", 1, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight of x");
    assertThatThrownBy(() -> new Explanation("why", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contributions");
  }
}
