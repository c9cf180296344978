package dev.quantsdk.futures.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Last trading days published by the exchanges (CME Group product calendars), checked
 * against the rules. Where the bundled data shows the expiry it is cited.
 */
class ExpiryRuleTest {

  /** US exchange holidays that move the dates below (Christmas 2019). */
  private static final BusinessCalendar CME_2019 =
      BusinessCalendar.withHolidays(List.of(LocalDate.of(2019, 12, 25)));

  // ESZ2013: the Lean file es_trade_201312.csv ends on 2013-12-20; ESU2019: ES1's last
  // September-contract row is 2019-09-20 (volume 37,786 then ES1 jumps to Dec's volume).
  @ParameterizedTest
  @CsvSource({"ES,Z2013,2013-12-20", "ES,H2014,2014-03-21", "ES,U2019,2019-09-20",
      "ES,Z2019,2019-12-20", "NQ,H2020,2020-03-20",
      "CL,Z2019,2019-11-20", "CL,F2020,2019-12-19", "CL,G2020,2020-01-21",
      "GC,Z2013,2013-12-27", "GC,Z2019,2019-12-27",
      "ZN,U2019,2019-09-19", "ZN,Z2019,2019-12-19", "ZN,H2020,2020-03-20"})
  void lastTradingDay_matchesThePublishedExpiry(String root, String month, LocalDate expected) {
    FuturesProduct product = FuturesCatalogue.find(root).orElseThrow();
    LocalDate actual = product.expiryRule().lastTradingDay(ContractMonth.parse(month), CME_2019);
    assertThat(actual).isEqualTo(expected);
  }

  // Without the holiday the weekday-only calendar counts 2019-12-25 as a business day and is
  // one day late for CL F2020 and ZN Z2019: the documented limitation.
  @ParameterizedTest
  @CsvSource({"CL,F2020,2019-12-20", "ZN,Z2019,2019-12-20"})
  void lastTradingDay_withoutHolidays_isLateAroundChristmas(String root, String month, LocalDate expected) {
    FuturesProduct product = FuturesCatalogue.find(root).orElseThrow();
    assertThat(product.contract(ContractMonth.parse(month)).lastTradingDay()).isEqualTo(expected);
  }
}
