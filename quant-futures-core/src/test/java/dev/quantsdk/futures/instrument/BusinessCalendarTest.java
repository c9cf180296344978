package dev.quantsdk.futures.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final BusinessCalendar WEEKDAYS = BusinessCalendar.weekendsOnly();

  @Test
  void minusBusinessDays_skipsWeekends_andExcludesTheStartDay() {
    // 2019-09-23 is a Monday: one business day before is Friday 2019-09-20.
    assertThat(WEEKDAYS.minusBusinessDays(LocalDate.of(2019, 9, 23), 1)).isEqualTo(LocalDate.of(2019, 9, 20));
    assertThat(WEEKDAYS.minusBusinessDays(LocalDate.of(2019, 9, 20), 5)).isEqualTo(LocalDate.of(2019, 9, 13));
    assertThat(WEEKDAYS.minusBusinessDays(LocalDate.of(2019, 9, 20), 0)).isEqualTo(LocalDate.of(2019, 9, 20));
  }

  @Test
  void plusBusinessDays_skipsWeekends() {
    assertThat(WEEKDAYS.plusBusinessDays(LocalDate.of(2019, 9, 20), 1)).isEqualTo(LocalDate.of(2019, 9, 23));
  }

  @Test
  void withHolidays_skipsTheHolidays() {
    BusinessCalendar cal = BusinessCalendar.withHolidays(List.of(LocalDate.of(2019, 12, 25)));
    assertThat(cal.isBusinessDay(LocalDate.of(2019, 12, 25))).isFalse();
    assertThat(cal.minusBusinessDays(LocalDate.of(2019, 12, 26), 1)).isEqualTo(LocalDate.of(2019, 12, 24));
    assertThat(WEEKDAYS.minusBusinessDays(LocalDate.of(2019, 12, 26), 1)).isEqualTo(LocalDate.of(2019, 12, 25));
  }

  @Test
  void lastBusinessDay_stepsBackFromAWeekendMonthEnd() {
    // August 2019 ends on a Saturday.
    assertThat(WEEKDAYS.lastBusinessDay(YearMonth.of(2019, 8))).isEqualTo(LocalDate.of(2019, 8, 30));
  }

  @Test
  void businessDaysBetween_countsTheHalfOpenInterval() {
    LocalDate fri = LocalDate.of(2019, 9, 13);
    LocalDate nextFri = LocalDate.of(2019, 9, 20);
    assertThat(WEEKDAYS.businessDaysBetween(fri, nextFri)).isEqualTo(5);
    assertThat(WEEKDAYS.businessDaysBetween(nextFri, fri)).isEqualTo(-5);
  }
}
