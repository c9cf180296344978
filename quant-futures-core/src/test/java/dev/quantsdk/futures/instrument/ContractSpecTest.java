package dev.quantsdk.futures.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ContractSpecTest {

  private static final double EXACT = 0.0;
  private static final Currency USD = Currency.getInstance("USD");

  private static ContractSpec es(double tickValue, double initial, double maintenance) {
    return new ContractSpec("ES", "CME", ContractMonth.of(2019, 12), LocalDate.of(2019, 12, 20),
        50.0, 0.25, tickValue, USD, initial, maintenance);
  }

  @Test
  void constructor_refusesATickValueThatIsNotMultiplierTimesTickSize() {
    assertThatThrownBy(() -> es(12.0, 100, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tickValue 12.0 must equal multiplier 50.0");
  }

  @Test
  void constructor_refusesMaintenanceAboveInitial() {
    assertThatThrownBy(() -> es(12.5, 100, 150))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("initialMargin 100.0 must be >= maintenanceMargin 150.0");
  }

  @Test
  void withMargins_overrideTheExampleFigures() {
    ContractSpec spec = es(12.5, 12_100, 11_000).withInitialMargin(13_200).withMaintenanceMargin(12_000);
    assertThat(spec.initialMargin()).isEqualTo(13_200.0);
    assertThat(spec.maintenanceMargin()).isEqualTo(12_000.0);
    assertThatThrownBy(() -> spec.withInitialMargin(1_000)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void profit_isPointsTimesMultiplier() {
    // One ES contract from 3000.00 to 3010.25 earns 10.25 points × 50 USD = 512.50 USD.
    assertThat(es(12.5, 1, 1).profit(3000.0, 3010.25)).isCloseTo(512.5, within(EXACT));
    assertThat(es(12.5, 1, 1).notional(3000.0)).isEqualTo(150_000.0);
  }

  @Test
  void isOnTick_acceptsQuarterPoints_only() {
    ContractSpec spec = es(12.5, 1, 1);
    assertThat(spec.isOnTick(3013.75)).isTrue();
    // ES1's 2019-09-20 settle 3013.61 is the special opening quotation, off the tick grid.
    assertThat(spec.isOnTick(3013.61)).isFalse();
    assertThat(spec.symbol()).isEqualTo("ESZ2019");
  }
}
