package dev.quantsdk.model.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.model.Chamber;
import dev.quantsdk.model.TradeType;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnomalyDetectionTest {

  private static final Instant T0 = Instant.parse("2022-07-07T12:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2021, 5, 3);

  private final Politician foxx = new Politician("Virginia Foxx", Chamber.HOUSE, "HOUSE|virginia foxx", T0);
  private final Trade trade = new Trade(foxx, DAY, TradeType.PURCHASE, "house", "nk", T0);

  @Test
  void naturalKey_namesPoliticianTradeTypeAndWindow() {
    AnomalyDetection a = new AnomalyDetection(foxx, trade, "late_filing", 0.5, "{}", DAY, DAY, T0);
    assertThat(a.getNaturalKey())
        .isEqualTo(foxx.getId() + "|" + trade.getId() + "|late_filing|2021-05-03|2021-05-03")
        .hasSizeLessThanOrEqualTo(200);
    AnomalyDetection patternLevel = new AnomalyDetection(foxx, null, "volume_spike", 0.5, "{}", DAY,
        DAY.plusDays(30), T0);
    assertThat(patternLevel.getNaturalKey()).isEqualTo(foxx.getId() + "|-|volume_spike|2021-05-03|2021-06-02");
  }

  @Test
  void sameAnomalyTwice_hasTheSameNaturalKey_butNewIds() {
    AnomalyDetection first = new AnomalyDetection(foxx, trade, "late_filing", 0.5, "{}", DAY, DAY, T0);
    AnomalyDetection rerun = new AnomalyDetection(foxx, trade, "late_filing", 0.7, "{}", DAY, DAY, T0);
    assertThat(rerun.getNaturalKey()).isEqualTo(first.getNaturalKey());
    assertThat(rerun).isNotEqualTo(first);
  }

  @Test
  void refusesATradeOfAnotherPolitician() {
    Politician other = new Politician("Other", Chamber.SENATE, "SENATE|other", T0);
    assertThatThrownBy(() -> new AnomalyDetection(other, trade, "x", 0.5, "{}", DAY, DAY, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belongs to politician");
  }

  @Test
  void markInvestigated_onlyOnce() {
    AnomalyDetection a = new AnomalyDetection(foxx, trade, "late_filing", 0.5, "{}", DAY, DAY, T0);
    a.markInvestigated("analyst", T0.plusSeconds(60));
    assertThat(a.isInvestigated()).isTrue();
    assertThat(a.getInvestigatedBy()).contains("analyst");
    assertThat(a.getInvestigatedAt()).contains(T0.plusSeconds(60));
    assertThatThrownBy(() -> a.markInvestigated("again", T0)).isInstanceOf(IllegalStateException.class);
  }
}
