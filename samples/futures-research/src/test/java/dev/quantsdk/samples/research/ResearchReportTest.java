package dev.quantsdk.samples.research;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.orchestration.futures.MarketIntelligenceReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report's validation. */
class ResearchReportTest {

  @Test
  void new_rejectsAReportWithoutAnalyses() {
    MarketIntelligenceReport market = new MarketIntelligenceReport(LocalDate.of(2019, 10, 18),
        List.of(), List.of(), Optional.empty(), Map.of());
    assertThatThrownBy(() -> new ResearchReport(Instant.EPOCH, List.of(), market))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("analyses");
  }
}
