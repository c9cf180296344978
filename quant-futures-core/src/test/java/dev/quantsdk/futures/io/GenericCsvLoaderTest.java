package dev.quantsdk.futures.io;

import static dev.quantsdk.futures.io.SampleFiles.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.futures.bar.BarIssue;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.bar.ValidationPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GenericCsvLoaderTest {

  private static final CsvColumnMapping YAHOO = CsvColumnMapping.ohlcv(0, 1, 2, 3, 4, 6);
  private static final CsvColumnMapping YAHOO_WITH_SETTLE = CsvColumnMapping.ohlcv(0, 1, 2, 3, 4, 5).withSettle(6);

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  // awk -F, 'NR>1 && $2+0==0' GSPC_1927_2023.csv | wc -l  -> 5075 zero opens (1962..1982)
  @Test
  void repair_onGspc_fillsItsZeroOpens_fromThePreviousClose() {
    ValidatedBars result = GenericCsvLoader.load(SampleFiles.gspc(), YAHOO, ValidationPolicy.REPAIR);
    assertThat(result.report().issues(BarIssue.Resolution.REPAIRED)).hasSize(5075);
    assertThat(result.report().issues()).hasSize(5075);
    BarSeries s = result.series();
    int i = s.indexOf(LocalDate.of(1962, 1, 2).toEpochDay());
    // row 8510 (1962-01-02) opens at 0.0; row 8509 (1961-12-29) closed at 71.55000305175781,
    // inside the day's range [70.70999908447266, 71.95999908447266]
    assertThat(s.open(i)).isEqualTo(71.55000305175781);
    assertThat(result.report().issues().get(0).message())
        .isEqualTo("row 8510 (1962-01-02): open 0.0 with low 70.70999908447266 > 0");
  }

  @Test
  void everyValue_ofGspc_equalsDoubleParseDouble() {
    // 16- and 17-digit decimals: both the exact fast path and the JDK fallback are exercised
    BarSeries s = GenericCsvLoader.load(SampleFiles.gspc(), YAHOO, ValidationPolicy.REPAIR).series();
    List<String[]> cells = SampleFiles.cells(SampleFiles.gspc());
    assertThat(s.size()).isEqualTo(cells.size());
    for (int i = 0; i < s.size(); i++) {
      String[] c = cells.get(i);
      assertThat(s.high(i)).isEqualTo(cell(c[2]));
      assertThat(s.low(i)).isEqualTo(cell(c[3]));
      assertThat(s.close(i)).isEqualTo(cell(c[4]));
      assertThat(s.volume(i)).isEqualTo(cell(c[6]));
    }
  }

  @Test
  void mappingOfTheChrisLayout_givesTheSameSeries_asTheChrisLoader() {
    CsvColumnMapping chris = CsvColumnMapping.ohlcv(0, 1, 2, 3, 4, 7).withSettle(6).withCloseFallback(6)
        .withOpenInterest(8);
    BarSeries generic = GenericCsvLoader.load(SampleFiles.es2(), chris, ValidationPolicy.REPAIR).series();
    BarSeries dedicated = ChrisCsvLoader.load(SampleFiles.es2(), ValidationPolicy.REPAIR).series();
    assertThat(generic.times()).containsExactly(dedicated.times());
    assertThat(generic.closes()).containsExactly(dedicated.closes());
    assertThat(generic.openInterests()).containsExactly(dedicated.openInterests());
  }

  @Test
  void otherDelimiters_basicDates_quotesAndIntradayTimes_areParsed() {
    String csv = "time;o;h;l;c;v\n"
        + "\"20131007 09:30\";1669;1679.5;1667;1668;1374818\n"
        + "\n"
        + "20131007 09:31:30; 1668 ;1669;1667.75;1668.25;1200\n";
    CsvColumnMapping mapping = CsvColumnMapping.ohlcv(0, 1, 2, 3, 4, 5).withDelimiter(';')
        .withDates(DateFormat.BASIC_DATE_TIME, TimeBase.EPOCH_SECOND);
    ValidatedBars result = GenericCsvLoader.parse(bytes(csv), mapping, ValidationPolicy.STRICT);
    BarSeries s = result.series();
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.dateTime(0)).isEqualTo(LocalDate.of(2013, 10, 7).atTime(9, 30));
    assertThat(s.dateTime(1)).isEqualTo(LocalDate.of(2013, 10, 7).atTime(9, 31, 30));
    assertThat(s.open(1)).isEqualTo(1668.0);
    assertThat(s.volume(0)).isEqualTo(1_374_818.0);
  }

  @Test
  void malformedCells_nameTheirRowAndColumn() {
    String badNumber = "Date,Open,High,Low,Close,Adj,Volume\n2020-01-02,1,2,x1,2,2,10\n";
    assertThatThrownBy(() -> GenericCsvLoader.parse(bytes(badNumber), YAHOO, ValidationPolicy.STRICT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 1, column 3: 'x1' is not a number");
    String badDate = "Date,Open,High,Low,Close,Adj,Volume\n2020-01-02,1,2,1,2,2,10\n2020-02-30,1,2,1,2,2,10\n";
    assertThatThrownBy(() -> GenericCsvLoader.parse(bytes(badDate), YAHOO, ValidationPolicy.STRICT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 2, column 0: '2020-02-30' is not a date in format ISO_DATE");
  }

  @Test
  void inlineNumberParsing_equalsDoubleParseDouble_onRandomCells() {
    // random decimals (signs, 1-20 digits, blanks) in the settle column, the one numeric field
    // that accepts any finite value; the expectation comes from the JDK parser
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder csv = new StringBuilder("Date,Open,High,Low,Close,Volume,Settle\n");
    List<String> cells = new ArrayList<>();
    LocalDate d = LocalDate.of(1990, 1, 1);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder cell = new StringBuilder();
      if (random.nextInt(50) > 0) {
        if (random.nextBoolean()) {
          cell.append('-');
        }
        int digits = random.nextInt(1, 21);
        int dot = random.nextInt(0, digits + 1);
        for (int k = 0; k < digits; k++) {
          if (k == dot && k > 0) {
            cell.append('.');
          }
          cell.append((char) ('0' + random.nextInt(10)));
        }
      }
      cells.add(cell.toString());
      csv.append(d.plusDays(i)).append(",1,2,0.5,1.5,7,").append(cell).append(i % 2 == 0 ? "\n" : "\r\n");
    }
    BarSeries s = GenericCsvLoader.parse(bytes(csv.toString()), YAHOO_WITH_SETTLE, ValidationPolicy.STRICT).series();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      double expected = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
      assertThat(Double.doubleToLongBits(s.settle(i))).as(cell).isEqualTo(Double.doubleToLongBits(expected));
    }
  }

  @Test
  void mapping_refusesAColumnMappedTwice() {
    assertThatThrownBy(() -> CsvColumnMapping.ohlcv(0, 1, 1, 3, 4, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 1 is mapped to two fields");
  }
}
