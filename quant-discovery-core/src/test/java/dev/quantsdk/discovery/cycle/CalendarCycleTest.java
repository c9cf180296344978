package dev.quantsdk.discovery.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarCycleTest {

  @ParameterizedTest
  @CsvSource({
      "7.0, 3650, WEEKLY",
      "30.0, 3650, MONTHLY",
      "91.25, 3650, QUARTERLY",
      "90.0, 720, QUARTERLY",
      "365.0, 3650, ANNUAL",
      "12.0, 3650, ",
      "60.0, 3650, "})
  void match_findsTheNearestCalendarPeriod(double period, double span, CalendarCycle expected) {
    if (expected == null) {
      assertThat(CalendarCycle.match(period, span)).isEmpty();
    } else {
      assertThat(CalendarCycle.match(period, span)).contains(expected);
    }
  }
}
