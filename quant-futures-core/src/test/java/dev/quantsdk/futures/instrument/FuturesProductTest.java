package dev.quantsdk.futures.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FuturesProductTest {

  @Test
  void nextListed_followsTheQuarterlyCycle() {
    assertThat(FuturesCatalogue.ES.nextListed(ContractMonth.of(2013, 12))).isEqualTo(ContractMonth.of(2014, 3));
    assertThat(FuturesCatalogue.ES.nextListed(ContractMonth.of(2014, 1))).isEqualTo(ContractMonth.of(2014, 3));
    assertThat(FuturesCatalogue.CL.nextListed(ContractMonth.of(2019, 12))).isEqualTo(ContractMonth.of(2020, 1));
  }

  @Test
  void contract_refusesAnUnlistedMonth() {
    assertThatThrownBy(() -> FuturesCatalogue.ES.contract(ContractMonth.of(2019, 11)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ES X2019 is not listed");
  }

  @Test
  void withInitialMargin_carriesIntoContracts() {
    FuturesProduct es = FuturesCatalogue.ES.withInitialMargin(15_000).withMaintenanceMargin(13_000);
    ContractSpec z19 = es.contract(ContractMonth.of(2019, 12));
    assertThat(z19.initialMargin()).isEqualTo(15_000.0);
    assertThat(z19.maintenanceMargin()).isEqualTo(13_000.0);
  }
}
