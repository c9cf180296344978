package dev.quantsdk.discovery.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AnomalyTypeTest {

  @ParameterizedTest
  @EnumSource(AnomalyType.class)
  void parse_isTheInverseOfCode(AnomalyType type) {
    assertThat(AnomalyType.parse(type.code())).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource({"LATE_DISCLOSURE, late_disclosure", "UNUSUAL_AMOUNT, unusual_amount",
      "UNUSUAL_TICKER, unusual_ticker", "CLUSTER_TRADING, cluster_trading",
      "ABNORMAL_RETURN, abnormal_return", "ISOLATION_FOREST, isolation_forest"})
  void code_isTheIssuesSnakeCaseName(AnomalyType type, String code) {
    assertThat(type.code()).isEqualTo(code);
  }

  @org.junit.jupiter.api.Test
  void parse_rejectsUnknownCodes() {
    assertThatThrownBy(() -> AnomalyType.parse("late"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("late_disclosure");
  }
}
