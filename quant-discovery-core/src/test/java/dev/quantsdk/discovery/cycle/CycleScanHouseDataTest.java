package dev.quantsdk.discovery.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.TradeType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cycle detection on the bundled House Stock Watcher file (samples/data/congress), window
 * 2020-01-01 .. 2021-12-31. Facts computed independently with Python's csv module: 12,111 trades
 * have a parseable transaction date in the window, 50 of them on a weekend, from 169
 * representatives; the window holds 731 calendar days and 523 weekdays
 * ({@code numpy.busday_count('2020-01-01', '2022-01-01')}).
 */
class CycleScanHouseDataTest {

  private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
  private static final LocalDate TO = LocalDate.of(2021, 12, 31);
  private static List<DisclosedTrade> trades;

  @BeforeAll
  static void load() throws IOException {
    Path csv = Path.of(System.getProperty("quant.data.dir"), "congress", "house_transactions_2020_2022.csv");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    trades = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> f = split(lines.get(i));
      LocalDate date;
      try {
        date = LocalDate.parse(f.get(2));
      } catch (DateTimeParseException e) {
        continue;
      }
      TradeType type = switch (f.get(6).toLowerCase(Locale.ROOT)) {
        case "purchase" -> TradeType.PURCHASE;
        case "sale_full" -> TradeType.SALE_FULL;
        case "sale_partial" -> TradeType.SALE_PARTIAL;
        default -> TradeType.EXCHANGE;
      };
      trades.add(new DisclosedTrade("row" + i, f.get(8), date, Optional.empty(), Optional.of(f.get(4)), type,
          Optional.empty()));
    }
  }

  /** Minimal RFC 4180 splitter: quoted fields may hold commas and doubled quotes. */
  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  @Test
  void activitySeries_holdsEveryTradeOfTheWindow() {
    ActivitySeries cal = ActivitySeries.ofTrades(trades, FROM, TO, ActivitySeries.DayBasis.CALENDAR,
        ActivitySeries.Weighting.COUNT);
    ActivitySeries bus = ActivitySeries.ofTrades(trades, FROM, TO, ActivitySeries.DayBasis.BUSINESS,
        ActivitySeries.Weighting.COUNT);
    // 2021-12-31 is a Friday: no weekend trade rolls out of the window
    assertThat(Arrays.stream(cal.values()).sum()).isEqualTo(12_111.0);
    assertThat(Arrays.stream(bus.values()).sum()).isEqualTo(12_111.0);
    assertThat(cal.length()).isEqualTo(731);
    assertThat(bus.length()).isEqualTo(523);
  }

  /** 50 of 12,111 trades fall on weekends (2/7 of the days): calendar days must show the week. */
  @Test
  void detect_findsTheTradingWeek_inTheHouseCalendarDaySeries() {
    ActivitySeries cal = ActivitySeries.ofTrades(trades, FROM, TO, ActivitySeries.DayBasis.CALENDAR,
        ActivitySeries.Weighting.COUNT);
    CycleDetector.Result r = PeriodogramCycleDetector.redNoise().withSurrogates(199)
        .withPeriodBand(2, 30).detect(cal, 2020);
    assertThat(r.calendarCycle()).contains(CalendarCycle.WEEKLY);
    assertThat(r.falseAlarmProbability()).isLessThan(1e-6);
  }

  @Test
  void scan_analysesEveryRepresentative_onBusinessDays() {
    SortedMap<String, ActivitySeries> members = ActivitySeries.byPolitician(trades, FROM, TO,
        ActivitySeries.DayBasis.BUSINESS, ActivitySeries.Weighting.COUNT);
    assertThat(members).hasSize(169);
    CycleScan.Report report = CycleScan.of(PeriodogramCycleDetector.redNoise().withSurrogates(199)).run(members, 7);
    assertThat(report.findings().size() + report.failures().size()).isEqualTo(169);
    assertThat(report.failures()).isEmpty();
    for (CycleScan.Finding f : report.significant()) {
      System.out.println(f.politicianId() + ": " + f.description() + " " + f.result());
    }
    System.out.println("significant: " + report.significant().size() + " of " + report.findings().size());
    assertThat(report.significant().size()).isLessThan(report.findings().size());
  }
}
