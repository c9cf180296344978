package dev.quantsdk.importers;

import static dev.quantsdk.importers.TestDatabases.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.importers.TestDatabases.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcTradeWriterTest {

  private static final TradeNormalizer NORMALIZER = new TradeNormalizer(LocalDate.of(2026, 11, 22));

  private static NormalizedTrade senate(long row, String name, String ticker) {
    return senate(row, name, "P000612", ticker);
  }

  private static NormalizedTrade senate(long row, String name, String bioguide, String ticker) {
    RawDisclosure raw = new RawDisclosure(row, "filing 1, transaction " + row,
        DisclosureFormat.SENATE_FILINGS_JSON, name, bioguide, "", "01/10/2019", "02/01/2019", "Self",
        ticker, ticker + " Inc", "Stock", "Purchase", "$1,001 - $15,000", "--",
        "https://efdsearch.senate.gov/search/view/ptr/1/", "", "");
    return (NormalizedTrade) NORMALIZER.normalize(raw);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void write_insertsOnce_andCountsStoredKeysAsNotInserted(Kind kind) throws SQLException {
    DataSource ds = TestDatabases.fresh(kind);
    List<NormalizedTrade> batch = List.of(senate(1, "David A Perdue , Jr", "AAA"),
        senate(2, "David A Perdue , Jr", "BBB"));

    try (Connection c = ds.getConnection()) {
      JdbcTradeWriter writer = new JdbcTradeWriter(c);
      assertThat(writer.write(batch)).isEqualTo(2);
      assertThat(writer.write(batch)).isZero();
      assertThat(writer.write(List.of(batch.get(0), senate(3, "David A Perdue , Jr", "CCC"))))
          .isEqualTo(1);
    }
    assertThat(count(ds, "SELECT COUNT(*) FROM trades")).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void write_matchesPoliticianByBioguide_whenTheNameIsSpelledDifferently(Kind kind)
      throws SQLException {
    DataSource ds = TestDatabases.fresh(kind);

    try (Connection c = ds.getConnection()) {
      new JdbcTradeWriter(c).write(List.of(senate(1, "David A Perdue , Jr", "AAA")));
    }
    try (Connection c = ds.getConnection()) {
      // a new writer has an empty cache, so the match comes from the table
      new JdbcTradeWriter(c).write(List.of(senate(2, "DAVID PERDUE", "BBB")));
    }

    assertThat(count(ds, "SELECT COUNT(*) FROM politicians")).isEqualTo(1);
    assertThat(count(ds, "SELECT COUNT(*) FROM politicians WHERE bioguide_id = 'P000612'"
        + " AND natural_key = 'SENATE:david a perdue'")).isEqualTo(1);
    assertThat(count(ds, "SELECT COUNT(DISTINCT politician_id) FROM trades")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void write_keepsTwoMembersApart_whenTheirNamesNormaliseAlikeButBioguidesDiffer(Kind kind)
      throws SQLException {
    DataSource ds = TestDatabases.fresh(kind);

    try (Connection c = ds.getConnection()) {
      JdbcTradeWriter writer = new JdbcTradeWriter(c);
      writer.write(List.of(senate(1, "John Reed", "R000120", "AAA")));
      writer.write(List.of(senate(2, "JOHN REED", "R000122", "BBB"),
          senate(3, "John Reed", "R000120", "CCC")));
    }

    assertThat(count(ds, "SELECT COUNT(*) FROM politicians")).isEqualTo(2);
    assertThat(count(ds, "SELECT COUNT(*) FROM politicians WHERE bioguide_id = 'R000122'"
        + " AND natural_key = 'SENATE:john reed [R000122]'")).isEqualTo(1);
    assertThat(count(ds, "SELECT COUNT(DISTINCT politician_id) FROM trades")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void write_rollsBackTheWholeBatch_whenARowFails(Kind kind) throws SQLException {
    DataSource ds = TestDatabases.fresh(kind);
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE trades ADD CONSTRAINT no_ccc CHECK (ticker <> 'CCC')");
    }

    try (Connection c = ds.getConnection()) {
      JdbcTradeWriter writer = new JdbcTradeWriter(c);
      assertThatThrownBy(() -> writer.write(List.of(senate(1, "David Perdue", "AAA"),
          senate(2, "David Perdue", "CCC")))).isInstanceOf(SQLException.class);
      // the writer forgot the rolled-back politician and inserts it again with the next batch
      assertThat(writer.write(List.of(senate(1, "David Perdue", "AAA")))).isEqualTo(1);
    }
    assertThat(count(ds, "SELECT COUNT(*) FROM trades")).isEqualTo(1);
    assertThat(count(ds, "SELECT COUNT(*) FROM politicians")).isEqualTo(1);
  }
}
