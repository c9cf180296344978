package dev.quantsdk.futures.io;

import static dev.quantsdk.futures.io.SampleFiles.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.futures.bar.BarIssue;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.BarValidationException;
import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.bar.ValidationPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChrisCsvLoaderTest {

  // Inconsistent rows found independently with awk on the file (1-based data rows):
  //   awk -F, 'NR>1{c=($5==""?$7:$5); if($3<$2||$3<c||$4>$2||$4>c||$3<$4) print NR-1, $0}'
  @Test
  void strict_onES1_listsItsFourInconsistentRows() {
    assertThatThrownBy(() -> ChrisCsvLoader.load(SampleFiles.es1(), ValidationPolicy.STRICT))
        .isInstanceOf(BarValidationException.class)
        .hasMessageContaining("4 invalid bars")
        .hasMessageContaining("row 31 (1997-10-21): high 963.5 < close 979.5")
        .hasMessageContaining("row 771 (2000-09-04): high 1525.5 < close 1526.75")
        .hasMessageContaining("row 3988 (2013-03-15): low 1559.75 > close 1557.08")
        .hasMessageContaining("row 4721 (2016-02-11): high 1824.5 < close 1825.5");
  }

  @ParameterizedTest
  @CsvSource({"futures/ES1_front_month_daily.csv,5650,4", "futures/ES2_second_month_daily.csv,5642,49"})
  void skipAndRepair_onRealFiles_reportTheKnownInconsistentRowCounts(String file, int rows, int bad) {
    Path path = SampleFiles.data(file);
    ValidatedBars skipped = ChrisCsvLoader.load(path, ValidationPolicy.SKIP);
    assertThat(skipped.report().rowsRead()).isEqualTo(rows);
    assertThat(skipped.report().issues(BarIssue.Resolution.DROPPED)).hasSize(bad);
    assertThat(skipped.series().size()).isEqualTo(rows - bad);
    ValidatedBars repaired = ChrisCsvLoader.load(path, ValidationPolicy.REPAIR);
    assertThat(repaired.series().size()).isEqualTo(rows);
    assertThat(repaired.report().issues(BarIssue.Resolution.REPAIRED)).hasSize(bad);
  }

  @Test
  void repair_onES1_widensTheHighToTheClose() {
    BarSeries es1 = ChrisCsvLoader.load(SampleFiles.es1(), ValidationPolicy.REPAIR).series();
    // data row 31 is index 30: high 963.5 < close 979.5
    assertThat(es1.date(30)).isEqualTo(LocalDate.of(1997, 10, 21));
    assertThat(es1.high(30)).isEqualTo(979.5);
  }

  @ParameterizedTest
  @CsvSource({"futures/ES1_front_month_daily.csv", "futures/ES2_second_month_daily.csv"})
  void everyValue_equalsDoubleParseDouble_ofTheFileText(String file) {
    Path path = SampleFiles.data(file);
    BarSeries s = ChrisCsvLoader.load(path, ValidationPolicy.REPAIR).series();
    List<String[]> cells = SampleFiles.cells(path);
    assertThat(s.size()).isEqualTo(cells.size());
    for (int i = 0; i < s.size(); i++) {
      String[] c = cells.get(i);
      assertThat(s.date(i)).isEqualTo(LocalDate.parse(c[0]));
      assertThat(s.open(i)).isEqualTo(cell(c[1]));
      assertThat(s.close(i)).isEqualTo(c[4].isBlank() ? cell(c[6]) : cell(c[4]));
      assertThat(s.settle(i)).isEqualTo(cell(c[6]));
      assertThat(s.volume(i)).isEqualTo(cell(c[7]));
      assertThat(s.openInterest(i)).isEqualTo(cell(c[8]));
    }
    // every column packs into 4 bytes: 8 + 7 x 4
    assertThat(s.columnBytesPerBar()).isEqualTo(36);
  }

  @Test
  void openInterest_asPublished_staysOnItsRow_andTradeDateShiftsItBack() {
    LocalDate mon = LocalDate.of(2019, 9, 16);
    LocalDate tue = LocalDate.of(2019, 9, 17);
    BarSeries published = ChrisCsvLoader.load(SampleFiles.es1(), ValidationPolicy.REPAIR).series();
    BarSeries tradeDate = ChrisCsvLoader.load(SampleFiles.es1(), ValidationPolicy.REPAIR,
        OpenInterestAlignment.TRADE_DATE).series();
    // ES1 row 2019-09-17 reads 1380580.0 in "Previous Day Open Interest": the OI of 09-16
    assertThat(published.openInterest(published.indexOf(tue.toEpochDay()))).isEqualTo(1_380_580.0);
    assertThat(tradeDate.openInterest(tradeDate.indexOf(mon.toEpochDay()))).isEqualTo(1_380_580.0);
    assertThat(tradeDate.openInterest(tradeDate.size() - 1)).isNaN();
    assertThat(tradeDate.close(tradeDate.size() - 1)).isEqualTo(published.close(published.size() - 1));
  }

  @Test
  void blankLast_fallsBackToTheSettle_andColumnsAreFoundByName() {
    String csv = "Date,Open,High,Low,Last,Change,Settle,Volume,Previous Day Open Interest\r\n"
        + "2019-09-19,3010.0,3024.5,2991.25,,0.5,3008.0,1304359.0,2334444.0\r\n"
        + "2019-09-20,3007.0,3018.0,2985.25,2989.25,18.5,2989.5,1405299.0,\r\n";
    BarSeries s = ChrisCsvLoader.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        ValidationPolicy.STRICT).series();
    assertThat(s.close(0)).isEqualTo(3008.0);
    assertThat(s.close(1)).isEqualTo(2989.25);
    assertThat(s.openInterest(1)).isNaN();
  }

  @Test
  void missingColumn_isNamedInTheError() {
    String csv = "Date,Open,High,Low,Settle,Volume\n2019-09-19,1,2,1,2,3\n";
    assertThatThrownBy(() -> ChrisCsvLoader.parse(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ValidationPolicy.STRICT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column named last or close");
  }
}
