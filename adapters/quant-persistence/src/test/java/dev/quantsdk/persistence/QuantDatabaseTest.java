package dev.quantsdk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * Vendor-independent behaviour of {@link QuantDatabase}; the per-database behaviour is in
 * {@link QuantDatabaseContract} and its H2 and PostgreSQL subclasses.
 */
class QuantDatabaseTest {

  @Test
  void open_unreachableServer_failsWithTheUrlInTheMessage() {
    // port 1 on the loopback interface: nothing listens there, the connection is refused at once
    DatabaseConfig nowhere = DatabaseConfig.of("jdbc:postgresql://127.0.0.1:1/quant", "app", "pw");
    assertThatThrownBy(() -> QuantDatabase.open(nowhere))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/quant")
        .hasMessageNotContaining("pw");
  }

  @Test
  void entityClasses_listEveryEntityOfBothPackages() {
    assertThat(QuantDatabase.entityClasses()).extracting(Class::getSimpleName).containsExactlyInAnyOrder(
        "Politician", "Trade", "JobRun", "PatternDiscovery", "AnomalyDetection", "ModelExperiment",
        "NetworkDiscovery", "FuturesContract", "FuturesBar", "BacktestRun", "PaperAccount", "PaperOrder",
        "PaperFill", "PaperPosition", "TradingSignal");
    assertThat(QuantDatabase.entityClasses()).allSatisfy(c -> assertThat(c).hasAnnotation(Entity.class));
  }
}
