package dev.quantsdk.importers;

import static dev.quantsdk.importers.TestDatabases.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.importers.TestDatabases.Kind;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Imports the bundled real files and hand-written fixtures on H2 and on embedded PostgreSQL.
 *
 * <p>Expected counts of the bundled files were computed independently with python3 (csv and json
 * modules, datetime arithmetic) on the data files, as noted next to each number.
 */
class DisclosureImporterTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
  private static final String HOUSE_FILE = "congress/house_transactions_2020_2022.csv";
  private static final String SENATE_FILE = "congress/senate_daily_summaries_2012_2020.json";

  // python3: csv.DictReader over the House file -> 14,796 rows. Rejected: transaction dates
  // 0009-06-09 (row 2412), 0021-08-02 (row 4169), 20221-11-18 (row 7932, not a date),
  // 0021-06-22 (row 11142), 0201-06-22 (row 11143). Of the 14,791 kept: lag = disclosure_date -
  // transaction_date in days > 45 for 2,516 rows; transaction after disclosure for 14; amount
  // "$1,001 -" on 242; ticker "--" on 1,200; owner "" or "--" on 6,891; 4,728 sale_full plus one
  // "sale". The 183 representative strings collapse to 170 politicians under the documented name
  // normalisation (e.g. "Hon. James E Hon Banks" = "Hon. James E. Banks").
  private static final long HOUSE_ROWS = 14_796;
  private static final long HOUSE_IMPORTED = 14_791;
  private static final List<Long> HOUSE_REJECTED_ROWS = List.of(2_412L, 4_169L, 7_932L, 11_142L, 11_143L);
  private static final long HOUSE_LATE = 2_516;
  private static final long HOUSE_AFTER_DISCLOSURE = 14;
  private static final long HOUSE_TRUNCATED = 242;
  private static final long HOUSE_NO_TICKER = 1_200;
  private static final long HOUSE_NO_OWNER = 6_891;
  private static final long HOUSE_SALE_FULL = 4_729;
  private static final long HOUSE_POLITICIANS = 170;

  // python3: json.load over the Senate file -> 1,442 filings (463 with no transactions), 8,030
  // transactions, none impossible; date_recieved - transaction_date > 45 days for 462, negative
  // for 9; 51 distinct bioguide ids among filings with transactions.
  private static final long SENATE_FILINGS = 1_442;
  private static final long SENATE_ROWS = 8_030;
  private static final long SENATE_LATE = 462;
  private static final long SENATE_AFTER_DISCLOSURE = 9;
  private static final long SENATE_POLITICIANS = 51;

  private static DisclosureImporter importer(DataSource ds) {
    return new DisclosureImporter(ds, CLOCK);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void importFile_houseFile_accountsForEveryRow_andSecondImportImportsNothing(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    Path file = TestDatabases.dataFile(HOUSE_FILE);
    List<Long> progress = new ArrayList<>();

    ImportResult first = importer(ds).importFile(file, progress::add);

    assertThat(first.source()).isEqualTo("house_transactions_2020_2022.csv");
    assertThat(first.format()).isEqualTo(DisclosureFormat.HOUSE_CSV);
    assertThat(first.rows()).isEqualTo(HOUSE_ROWS);
    assertThat(first.imported()).isEqualTo(HOUSE_IMPORTED);
    assertThat(first.duplicates()).isZero();
    assertThat(first.rejected()).isEqualTo(HOUSE_REJECTED_ROWS.size());
    assertThat(first.rejections()).extracting(Rejection::row).containsExactlyElementsOf(HOUSE_REJECTED_ROWS);
    assertThat(first.rejections()).extracting(Rejection::field).containsOnly("transaction_date");
    assertThat(first.rejections().get(0).reason())
        .isEqualTo("row 2412 (line 2413): transaction_date '0009-06-09' is impossible:"
            + " year 9 is before 1990");
    assertThat(first.lateFilings()).isEqualTo(HOUSE_LATE);
    assertThat(first.tradedAfterDisclosure()).isEqualTo(HOUSE_AFTER_DISCLOSURE);
    assertThat(first.truncatedAmounts()).isEqualTo(HOUSE_TRUNCATED);
    assertThat(first.filings()).isEmpty();
    assertThat(progress).hasSize(15).isSorted().endsWith(HOUSE_ROWS);
    assertThat(progress.get(0)).isEqualTo(DisclosureImporter.DEFAULT_BATCH_SIZE);

    assertThat(count(ds, "SELECT COUNT(*) FROM trades")).isEqualTo(HOUSE_IMPORTED);
    assertThat(count(ds, "SELECT COUNT(*) FROM politicians")).isEqualTo(HOUSE_POLITICIANS);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE late_filing")).isEqualTo(HOUSE_LATE);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE traded_after_disclosure"))
        .isEqualTo(HOUSE_AFTER_DISCLOSURE);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE disclosure_lag_days > 45"))
        .isEqualTo(HOUSE_LATE);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE amount_note LIKE 'truncated band%'"
        + " AND amount_max_usd = 15000")).isEqualTo(HOUSE_TRUNCATED);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE ticker IS NULL")).isEqualTo(HOUSE_NO_TICKER);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE owner IS NULL")).isEqualTo(HOUSE_NO_OWNER);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE trade_type = 'SALE_FULL'"))
        .isEqualTo(HOUSE_SALE_FULL);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE amount_min_usd = 1000000"
        + " AND amount_max_usd IS NULL")).isEqualTo(30);
    assertThat(count(ds, "SELECT COUNT(*) FROM politicians WHERE natural_key = 'HOUSE:james e banks'"
        + " AND state = 'IN'")).isEqualTo(1);

    ImportResult second = importer(ds).importFile(file, rows -> { });

    assertThat(second.imported()).isZero();
    assertThat(second.duplicates()).isEqualTo(HOUSE_IMPORTED);
    assertThat(second.rejected()).isEqualTo(HOUSE_REJECTED_ROWS.size());
    assertThat(second.lateFilings()).isEqualTo(HOUSE_LATE);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades")).isEqualTo(HOUSE_IMPORTED);
    assertThat(count(ds, "SELECT COUNT(*) FROM politicians")).isEqualTo(HOUSE_POLITICIANS);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void importFile_senateSummaries_countsFilingsTradesAndLateFilings(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);

    ImportResult result = importer(ds).importFile(TestDatabases.dataFile(SENATE_FILE), rows -> { });

    assertThat(result.format()).isEqualTo(DisclosureFormat.SENATE_FILINGS_JSON);
    assertThat(result.filings()).hasValue(SENATE_FILINGS);
    assertThat(result.rows()).isEqualTo(SENATE_ROWS);
    assertThat(result.imported()).isEqualTo(SENATE_ROWS);
    assertThat(result.rejected()).isZero();
    assertThat(result.lateFilings()).isEqualTo(SENATE_LATE);
    assertThat(result.tradedAfterDisclosure()).isEqualTo(SENATE_AFTER_DISCLOSURE);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE late_filing")).isEqualTo(SENATE_LATE);
    assertThat(count(ds, "SELECT COUNT(*) FROM politicians")).isEqualTo(SENATE_POLITICIANS);
    assertThat(count(ds, "SELECT COUNT(*) FROM politicians WHERE bioguide_id IS NULL")).isZero();
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE ticker LIKE '%<%'")).isZero();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void importFrom_newerHouseScrape_storesHandCheckedValues(Kind kind) throws SQLException {
    DataSource ds = TestDatabases.fresh(kind);

    ImportResult result = importer(ds).importFrom(
        DisclosureReaderTest.fixture("house_newer_scrape.csv"), "newer.csv", rows -> { });

    // hand-checked: 2023-01-15 -> 2023-03-01 is 45 days (not late); 2022-11-30 -> 2023-03-01 is 91
    // days (late); 2023-03-05 is after its 2023-03-01 disclosure; one "$1,001 -" band
    assertThat(result.rows()).isEqualTo(6);
    assertThat(result.imported()).isEqualTo(6);
    assertThat(result.lateFilings()).isEqualTo(1);
    assertThat(result.tradedAfterDisclosure()).isEqualTo(1);
    assertThat(result.truncatedAmounts()).isEqualTo(1);
    assertThat(count(ds, "SELECT COUNT(*) FROM politicians")).isEqualTo(2);

    Map<String, String> aapl = row(ds, "AAPL");
    assertThat(aapl).containsEntry("TRANSACTION_DATE", "2023-01-15")
        .containsEntry("DISCLOSURE_LAG_DAYS", "45")
        .containsEntry("LATE_FILING", "false")
        .containsEntry("TRADE_TYPE", "PURCHASE")
        .containsEntry("OWNER", "SELF")
        .containsEntry("AMOUNT_MIN_USD", "1001")
        .containsEntry("AMOUNT_MAX_USD", "15000")
        .containsEntry("AMOUNT_RAW", "$1,001 - $15,000")
        .containsEntry("ASSET_TYPE", "Stock")
        .containsEntry("FILING_ID", "20022222")
        .containsEntry("SOURCE", "house-stock-watcher")
        .containsEntry("SOURCE_LINK",
            "https://disclosures-clerk.house.gov/public_disc/ptr-pdfs/2023/20022222.pdf");
    assertThat(row(ds, "MSFT")).containsEntry("TRADE_TYPE", "SALE_PARTIAL")
        .containsEntry("AMOUNT_MIN_USD", "15001").containsEntry("OWNER", "SPOUSE");
    assertThat(row(ds, "NVDA")).containsEntry("TRADE_TYPE", "SALE_FULL")
        .containsEntry("DISCLOSURE_LAG_DAYS", "91").containsEntry("LATE_FILING", "true")
        .containsEntry("AMOUNT_MAX_USD", "15000").containsEntry("OWNER", "DEPENDENT")
        .containsEntry("AMOUNT_NOTE",
            "truncated band '$1,001 -': maximum $15,000 taken from the standard STOCK Act band table");
    assertThat(row(ds, "XOM")).containsEntry("TRADE_TYPE", "EXCHANGE")
        .containsEntry("TRADED_AFTER_DISCLOSURE", "true").containsEntry("DISCLOSURE_LAG_DAYS", "-4")
        .containsEntry("AMOUNT_MIN_USD", "50000000").containsEntry("AMOUNT_MAX_USD", null)
        .containsEntry("OWNER", null);
    assertThat(row(ds, "T")).containsEntry("AMOUNT_MIN_USD", null)
        .containsEntry("AMOUNT_RAW", "Unknown")
        .containsEntry("AMOUNT_NOTE", "amount 'Unknown' in the filing (typically a scanned paper filing)");
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE ticker IS NULL AND owner = 'JOINT'"
        + " AND amount_min_usd = 1000001 AND amount_max_usd = 5000000")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void importFrom_houseJsonArray_importsLikeCsv(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);

    ImportResult result = importer(ds).importFrom(
        DisclosureReaderTest.fixture("house_rows.json"), "rows.json", rows -> { });

    assertThat(result.format()).isEqualTo(DisclosureFormat.HOUSE_JSON);
    // 2021-06-01 -> 2021-10-04 is 125 days: late
    assertThat(result.imported()).isEqualTo(2);
    assertThat(result.lateFilings()).isEqualTo(1);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE disclosure_lag_days = 125")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void importFrom_senateAllTransactions_hasNoLag_andRejectsWithReasons(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);

    ImportResult result = importer(ds).importFrom(
        DisclosureReaderTest.fixture("senate_all_transactions.json"), "all_transactions.json",
        rows -> { });

    assertThat(result.format()).isEqualTo(DisclosureFormat.SENATE_FLAT_JSON);
    assertThat(result.rows()).isEqualTo(5);
    assertThat(result.imported()).isEqualTo(3);
    assertThat(result.lateFilings()).isZero();
    assertThat(result.rejections()).extracting(Rejection::row).containsExactly(4L, 5L);
    assertThat(result.rejections().get(0).reason()).contains("row 4 (element 4 (line 5))",
        "unknown transaction type 'Gift'");
    assertThat(result.rejections().get(1).reason())
        .contains("transaction_date '01/05/2027' is impossible: it is after the reference date 2026-11-22");
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE disclosure_date IS NULL"
        + " AND disclosure_lag_days IS NULL")).isEqualTo(3);
    // "Thomas R Carper" and "THOMAS R CARPER" are one senator; "Susan M. Collins" the other
    assertThat(count(ds, "SELECT COUNT(*) FROM politicians WHERE chamber = 'SENATE'")).isEqualTo(2);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE amount_min_usd = 50000001"
        + " AND amount_max_usd IS NULL AND ticker IS NULL AND comment = 'Reinvested dividends'"))
        .isEqualTo(1);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE ticker = 'AAPL' AND comment IS NULL"))
        .isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void importFrom_senateFilings_matchesSenatorByBioguide(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);

    ImportResult result = importer(ds).importFrom(
        DisclosureReaderTest.fixture("senate_filings.json"), "filings.json", rows -> { });

    // hand-checked: 2020-12-09 -> 2021-03-10 is 91 days (late); 2020-06-03 is after 2020-06-01
    assertThat(result.filings()).hasValue(3);
    assertThat(result.imported()).isEqualTo(3);
    assertThat(result.lateFilings()).isEqualTo(1);
    assertThat(result.tradedAfterDisclosure()).isEqualTo(1);
    assertThat(count(ds, "SELECT COUNT(*) FROM politicians WHERE bioguide_id = 'C001035'")).isEqualTo(1);
    assertThat(count(ds, "SELECT COUNT(*) FROM politicians")).isEqualTo(1);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE ticker = 'BAC'"
        + " AND trade_type = 'SALE_FULL' AND disclosure_lag_days = -2")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void importFrom_badRowInTheMiddle_keepsRowsBeforeAndAfter(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    String csv = "disclosure_date,transaction_date,owner,ticker,asset_description,type,amount,"
        + "representative,district,ptr_link\n"
        + "01/20/2021,2021-01-04,self,AAA,A Corp,purchase,\"$1,001 - $15,000\",Hon. A B,TX01,l1\n"
        + "01/20/2021,2021-01-05,self,BBB,B Corp,gift,\"$1,001 - $15,000\",Hon. A B,TX01,l1\n"
        + "01/20/2021,2021-01-06,self,CCC,C Corp,sale_full,\"$1,001 - $15,000\",Hon. A B,TX01,l1\n";

    ImportResult result = importer(ds).importFrom(new StringReader(csv), "mixed.csv", rows -> { });

    assertThat(result.imported()).isEqualTo(2);
    assertThat(result.rejections()).singleElement().satisfies(r -> {
      assertThat(r.row()).isEqualTo(2);
      assertThat(r.field()).isEqualTo("type");
      assertThat(r.value()).isEqualTo("gift");
      assertThat(r.reason()).startsWith("row 2 (line 3): unknown transaction type 'gift'");
    });
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE ticker IN ('AAA', 'CCC')")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void importFrom_keepsRepeatedIdenticalLines_andReimportCountsThemAsDuplicates(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    String line = "01/20/2021,2021-01-04,self,AAA,A Corp,purchase,\"$1,001 - $15,000\",Hon. A B,TX01,l1\n";
    String csv = "disclosure_date,transaction_date,owner,ticker,asset_description,type,amount,"
        + "representative,district,ptr_link\n" + line + line + line;

    ImportResult first = importer(ds).importFrom(new StringReader(csv), "same.csv", rows -> { });
    ImportResult again = importer(ds).importFrom(new StringReader(csv), "same.csv", rows -> { });

    assertThat(first.imported()).isEqualTo(3);
    assertThat(again.imported()).isZero();
    assertThat(again.duplicates()).isEqualTo(3);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades")).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void importFrom_failureMidFile_losesNoCommittedRows_andRerunFinishesTheJob(Kind kind)
      throws IOException {
    DataSource ds = TestDatabases.fresh(kind);
    Path file = TestDatabases.dataFile(HOUSE_FILE);
    // fail after about half the file's 2.9 MB
    Reader failing = new FailingReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1_500_000);

    assertThatThrownBy(() -> importer(ds).importFrom(failing, "house.csv", rows -> { }))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.committedRows()).isPositive().isLessThan(HOUSE_ROWS);
          assertThat(e.committedRows() % DisclosureImporter.DEFAULT_BATCH_SIZE).isZero();
          assertThat(e.getMessage()).contains("run the import again");
        });
    long stored = count(ds, "SELECT COUNT(*) FROM trades");
    assertThat(stored).isPositive().isLessThan(HOUSE_IMPORTED);

    ImportResult rerun = importer(ds).importFile(file, rows -> { });

    assertThat(rerun.duplicates()).isEqualTo(stored);
    assertThat(rerun.imported()).isEqualTo(HOUSE_IMPORTED - stored);
    assertThat(count(ds, "SELECT COUNT(*) FROM trades")).isEqualTo(HOUSE_IMPORTED);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void importFrom_jsonBrokenMidFile_keepsCommittedRows_namingWhereItBroke(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    String json = "[{\"representative\": \"Hon. A B\", \"district\": \"TX01\","
        + " \"transaction_date\": \"2021-01-04\", \"disclosure_date\": \"01/20/2021\","
        + " \"type\": \"purchase\", \"amount\": \"$1,001 - $15,000\", \"ticker\": \"AAA\"},\n"
        + " {\"representative\": \"Hon. A B\", \"district\": \"TX01\","
        + " \"transaction_date\": \"2021-01-05\", \"disclosure_date\": \"01/20/2021\","
        + " \"type\": \"purchase\", \"amount\": \"$1,001 - $15,000\", \"ticker\": \"BBB\"},\n"
        + " {\"representative\": \"Hon. A B\" \"district\": }";
    DisclosureImporter oneRowPerCommit = new DisclosureImporter(ds, CLOCK, 1);

    assertThatThrownBy(() -> oneRowPerCommit.importFrom(new StringReader(json), "cut.json", rows -> { }))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.committedRows()).isEqualTo(2);
          assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
          assertThat(e.getMessage()).contains("cut.json: not valid JSON after 2 rows, at line 3");
        });
    assertThat(count(ds, "SELECT COUNT(*) FROM trades WHERE ticker IN ('AAA', 'BBB')")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void importFrom_invalidUtf8MidFile_stopsNamingTheLine_afterCommittingEarlierRows(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    StringBuilder csv = new StringBuilder("disclosure_date,transaction_date,type,amount,representative\n");
    int goodRows = 5_000; // about 300,000 characters: past the format detector's look-ahead
    for (int i = 0; i < goodRows; i++) {
      csv.append("01/20/2021,2021-01-04,purchase,\"$1,001 - $15,000\",Hon. A B\n");
    }
    csv.append("01/20/2021,2021-01-05,purchase,\"$1,001 - $15,000\",Hon. ");
    byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] content = java.util.Arrays.copyOf(text, text.length + 3);
    content[text.length] = (byte) 0xC3; // a UTF-8 lead byte followed by ASCII: malformed
    content[text.length + 1] = 'A';
    content[text.length + 2] = '\n';

    assertThatThrownBy(() -> importer(ds).importFrom(new java.io.ByteArrayInputStream(content),
        "latin1.csv", rows -> { }))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          // the decoder fails when the reader's 64K buffer reaches the bad byte, so the batch
          // being built then is lost and the whole batches before it are kept
          assertThat(e.committedRows()).isPositive().isLessThanOrEqualTo(goodRows);
          assertThat(e.committedRows() % DisclosureImporter.DEFAULT_BATCH_SIZE).isZero();
          assertThat(count(ds, "SELECT COUNT(*) FROM trades")).isEqualTo(e.committedRows());
        })
        .hasMessageContaining("not valid UTF-8 after line");
  }

  @org.junit.jupiter.api.Test
  void importFrom_invalidUtf8AtTheStart_isReportedBeforeAnythingIsWritten() {
    DataSource ds = TestDatabases.h2();
    byte[] content = {'a', ',', 'b', '\n', (byte) 0xC3, 'A', '\n'};

    assertThatThrownBy(() -> importer(ds).importFrom(new java.io.ByteArrayInputStream(content),
        "latin1.csv", rows -> { }))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("latin1.csv is not valid UTF-8 within its first 262144 characters");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void importFrom_unknownFormat_throwsAndWritesNothing(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);

    assertThatThrownBy(() -> importer(ds).importFrom(
        new StringReader("Date,Open,High,Low,Close\n2020-01-02,1,2,0.5,1.5\n"), "ES1.csv", rows -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ES1.csv: not a known disclosure format");
    assertThat(count(ds, "SELECT COUNT(*) FROM trades")).isZero();
  }

  private static Map<String, String> row(DataSource ds, String ticker) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT * FROM trades WHERE ticker = ?")) {
      ps.setString(1, ticker);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as("a trade in %s", ticker).isTrue();
        Map<String, String> row = new TreeMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          Object value = rs.getObject(i);
          row.put(rs.getMetaData().getColumnLabel(i).toUpperCase(java.util.Locale.ROOT),
              value == null ? null : value.toString());
        }
        assertThat(rs.next()).isFalse();
        return row;
      }
    }
  }

  /** A reader that fails with an I/O error after a number of characters. */
  private static final class FailingReader extends FilterReader {
    private long left;

    FailingReader(Reader in, long failAfter) {
      super(in);
      this.left = failAfter;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        throw new IOException("simulated disk failure");
      }
      int read = super.read(buffer, offset, (int) Math.min(length, left));
      if (read > 0) {
        left -= read;
      }
      return read;
    }
  }
}
