package dev.quantsdk.futures.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.instrument.ContractMonth;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.instrument.FuturesProduct;
import dev.quantsdk.futures.io.ChrisCsvLoader;
import dev.quantsdk.orchestration.futures.InstrumentBars;
import dev.quantsdk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stored-bar source over the bundled CHRIS ES1 and ES2 files, stored as {@code quant bars
 * import} stores them (each date's bar under the front, respectively the next, contract), run
 * once per database.
 */
abstract class JdbcBarSourceContract {

  private static final FuturesProduct ES = FuturesCatalogue.ES;
  private static final BarSeries ES1 = load("ES1_front_month_daily.csv");
  private static final BarSeries ES2 = load("ES2_second_month_daily.csv");

  private MigratedPool db;
  private JdbcFuturesBars bars;

  abstract DatabaseConfig newDatabase();

  private static BarSeries load(String file) {
    return ChrisCsvLoader.load(Path.of(System.getProperty("quant.data.dir"), "futures", file),
        ValidationPolicy.REPAIR).series();
  }

  /**
   * Every listed ES contract from ESU1997 to ESZ2020 in expiry order: the importer's ESn contract
   * on a date is the n-th of them whose last trading day is on or after the date.
   */
  private static final List<ContractSpec> LISTED = listed();

  private static List<ContractSpec> listed() {
    List<ContractSpec> out = new ArrayList<>();
    for (int year = 1997; year <= 2020; year++) {
      for (int month : new int[] {3, 6, 9, 12}) {
        out.add(ES.contract(ContractMonth.of(year, month)));
      }
    }
    return out;
  }

  private static ContractSpec nearby(LocalDate date, int n) {
    List<ContractSpec> live = LISTED.stream()
        .filter(c -> !c.lastTradingDay().isBefore(date)).toList();
    return live.get(n - 1);
  }

  private void store(BarSeries series, int n) {
    bars.store(series, i -> nearby(series.date(i), n));
  }

  @BeforeEach
  void open() {
    db = MigratedPool.migrated(newDatabase());
    bars = new JdbcFuturesBars(db.dataSource);
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** Column by column, reporting only the first differing bar (the columns are long). */
  private static void assertSameBars(BarSeries actual, BarSeries expected) {
    assertThat(actual.size()).as("bars").isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      double[] a = {actual.time(i), actual.open(i), actual.high(i), actual.low(i), actual.close(i),
          actual.settle(i), actual.volume(i), actual.openInterest(i)};
      double[] x = {expected.time(i), expected.open(i), expected.high(i), expected.low(i),
          expected.close(i), expected.settle(i), expected.volume(i), expected.openInterest(i)};
      if (!Arrays.equals(a, x)) {
        assertThat(a).as("bar %d (%s)", i, expected.date(i)).containsExactly(x);
      }
    }
  }

  @Test
  void load_es1Stored_givesBackTheFileSeries() {
    store(ES1, 1);
    JdbcBarSource source = JdbcBarSource.builder(db.dataSource).nearby("ES1", ES, 1).build();

    InstrumentBars loaded = source.load("ES1");

    assertThat(source.instruments()).containsExactly("ES1");
    assertThat(loaded.multiplier()).isEqualTo(50.0);
    assertThat(loaded.product()).contains(ES);
    assertThat(loaded.bars().report().issues()).isEmpty();
    assertSameBars(loaded.bars().series(), ES1);
  }

  @Test
  void load_es1AndEs2Stored_eachNearbySeriesIsItsFile() {
    store(ES1, 1);
    store(ES2, 2);
    JdbcBarSource source = JdbcBarSource.builder(db.dataSource).nearby("ES1", ES, 1)
        .nearby("ES2", ES, 2).build();

    assertSameBars(source.load("ES1").bars().series(), ES1);
    assertSameBars(source.load("ES2").bars().series(), ES2);
  }

  /**
   * ESZ2019 (last trading day 2019-12-20) holds ES2's bars while ESU2019 was the front contract
   * and ES1's from 2019-09-23 to that file's end (2019-10-18); ES2's bars after that date sit in
   * ESH2020, then the second contract.
   */
  @Test
  void load_oneContract_givesItsStoredBars() {
    store(ES1, 1);
    store(ES2, 2);
    ContractSpec esz19 = FuturesCatalogue.contract("ESZ2019");
    JdbcBarSource source = JdbcBarSource.builder(db.dataSource).contract("ESZ2019", ES, esz19)
        .build();

    BarSeries series = source.load("ESZ2019").bars().series();

    assertThat((long) series.size()).isEqualTo(bars.count(List.of(esz19)));
    assertThat(series.date(series.size() - 1)).isEqualTo(LocalDate.of(2019, 10, 18));
    assertThat(series.close(series.size() - 1)).isEqualTo(ES1.close(ES1.size() - 1));
  }

  @Test
  void load_unknownOrEmpty_isRefusedWithTheReason() {
    store(ES1, 1);
    JdbcBarSource source = JdbcBarSource.builder(db.dataSource).nearby("ES3", ES, 3).build();

    assertThatThrownBy(() -> source.load("NQ1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown instrument 'NQ1'");
    assertThatThrownBy(() -> source.load("ES3")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no stored bars");
  }
}
