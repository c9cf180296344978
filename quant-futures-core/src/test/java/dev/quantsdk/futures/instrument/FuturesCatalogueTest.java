package dev.quantsdk.futures.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuturesCatalogueTest {

  // Tick values from the CME Group contract specifications: ES 12.50, NQ 5.00, CL 10.00,
  // GC 10.00, ZN 15.625 USD.
  @ParameterizedTest
  @CsvSource({"ES,12.50", "NQ,5.00", "CL,10.00", "GC,10.00", "ZN,15.625"})
  void tickValue_matchesThePublishedSpecification(String root, double tickValue) {
    assertThat(FuturesCatalogue.find(root).orElseThrow().tickValue()).isEqualTo(tickValue);
  }

  @ParameterizedTest
  @CsvSource({"ESZ2019,2019-12-20", "CLZ2019,2019-11-20", "GCZ2013,2013-12-27"})
  void contract_parsesSymbols(String symbol, String expiry) {
    ContractSpec spec = FuturesCatalogue.contract(symbol);
    assertThat(spec.symbol()).isEqualTo(symbol);
    assertThat(spec.lastTradingDay()).hasToString(expiry);
  }

  @ParameterizedTest
  @CsvSource({"XXZ2019", "ESZ19", "ES"})
  void contract_refusesUnknownOrMalformedSymbols(String symbol) {
    assertThatThrownBy(() -> FuturesCatalogue.contract(symbol)).isInstanceOf(IllegalArgumentException.class);
  }
}
