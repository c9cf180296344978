package dev.quantsdk.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisclosureReaderTest {

  static InputStream fixture(String name) {
    InputStream in = DisclosureReaderTest.class.getResourceAsStream(name);
    assertThat(in).as("test resource %s", name).isNotNull();
    return in;
  }

  private static List<RawDisclosure> readAll(DisclosureReader reader) {
    List<RawDisclosure> rows = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void open_readsNewerHouseScrape_mappingAliasesByName() {
    DisclosureReader reader = DisclosureReader.open(fixture("house_newer_scrape.csv"), "newer.csv");
    assertThat(reader.format()).isEqualTo(DisclosureFormat.HOUSE_CSV);

    List<RawDisclosure> rows = readAll(reader);

    assertThat(rows).hasSize(6);
    RawDisclosure first = rows.get(0);
    assertThat(first.row()).isEqualTo(1);
    assertThat(first.location()).isEqualTo("line 2");
    assertThat(first.amount()).isEqualTo("$1,001 -\n  $15,000");
    assertThat(first.link()).endsWith("/2023/20022222.pdf");
    assertThat(first.filingId()).isEqualTo("20022222");
    assertThat(first.assetType()).isEqualTo("Stock");
    assertThat(first.transactionDate()).isEqualTo("01/15/2023");
    assertThat(first.disclosureDate()).isEqualTo("2023-03-01");
    // the first record spans two lines, so the second starts on line 4
    assertThat(rows.get(1).location()).isEqualTo("line 4");
    assertThat(rows.get(1).type()).isEqualTo("Sale (Partial)");
  }

  @Test
  void open_readsHouseJsonArray_withNullAsEmpty() {
    List<RawDisclosure> rows = readAll(DisclosureReader.open(fixture("house_rows.json"), "h.json"));

    assertThat(rows).extracting(RawDisclosure::format).containsOnly(DisclosureFormat.HOUSE_JSON);
    assertThat(rows).extracting(RawDisclosure::politician).containsOnly("Hon. Virginia Foxx");
    assertThat(rows.get(1).owner()).isEmpty();
    assertThat(rows.get(1).location()).isEqualTo("element 2 (line 3)");
  }

  @Test
  void open_readsSenateAllTransactions_flatForm() {
    List<RawDisclosure> rows = readAll(
        DisclosureReader.open(fixture("senate_all_transactions.json"), "all_transactions.json"));

    assertThat(rows).hasSize(5);
    assertThat(rows).extracting(RawDisclosure::format).containsOnly(DisclosureFormat.SENATE_FLAT_JSON);
    assertThat(rows.get(0).politician()).isEqualTo("Thomas R Carper");
    assertThat(rows.get(0).disclosureDate()).isEmpty();
    assertThat(rows.get(1).comment()).isEqualTo("Reinvested dividends");
  }

  @Test
  void open_readsSenateFilings_inheritingFieldsThatFollowTheTransactions() {
    DisclosureReader reader = DisclosureReader.open(fixture("senate_filings.json"), "f.json");
    List<RawDisclosure> rows = readAll(reader);

    assertThat(reader.format()).isEqualTo(DisclosureFormat.SENATE_FILINGS_JSON);
    assertThat(reader.filingsRead()).isEqualTo(3);
    assertThat(rows).hasSize(3);
    assertThat(rows).extracting(RawDisclosure::bioguideId).containsOnly("C001035");
    assertThat(rows.get(0).politician()).isEqualTo("Susan M Collins");
    assertThat(rows.get(0).disclosureDate()).isEqualTo("03/10/2021");
    assertThat(rows.get(2).politician()).isEqualTo("SUSAN M COLLINS");
    assertThat(rows.get(2).link()).endsWith("/ptr/99bb/");
    assertThat(rows.get(2).location()).startsWith("filing 3 (line ").endsWith("), transaction 1");
    assertThat(rows).extracting(RawDisclosure::row).containsExactly(1L, 2L, 3L);
  }

  @Test
  void next_returnsRowsWithWrongFieldCount_asDefects() {
    String csv = "transaction_date,type,amount,representative\n"
        + "2021-01-04,purchase,\"$1,001 - $15,000\",Hon. A B\n"
        + "2021-01-05,purchase\n"
        + "2021-01-06,purchase,\"$1,001 - $15,000\",Hon. A B\n";
    List<RawDisclosure> rows = readAll(DisclosureReader.open(new StringReader(csv), "x.csv"));

    assertThat(rows).extracting(RawDisclosure::defect)
        .containsExactly("", "the record has 2 fields but the header has 4", "");
  }

  @Test
  void next_returnsNonObjectJsonElement_asDefect() {
    String json = "[{\"representative\": \"Hon. A B\"}, 42, {\"representative\": \"Hon. C D\"}]";
    List<RawDisclosure> rows = readAll(DisclosureReader.open(new StringReader(json), "x.json"));

    assertThat(rows).extracting(RawDisclosure::defect)
        .containsExactly("", "the array element is a number, not an object", "");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'   '| the file is empty",
      "{\"a\": 1}| a single JSON object",
      "[]| the JSON array is empty",
      "[1, 2]| first element is VALUE_NUMBER_INT",
      "[{\"date\": \"2020-01-01\", \"price\": 3}]| unknown format",
      "[{\"representative\": |not valid JSON",
      "date,open,high,low,close| lacks the column(s) [transaction_date, type, amount, representative]",
  })
  void open_rejectsUnknownFormats_sayingWhatWasFound(String content, String message) {
    assertThatThrownBy(() -> DisclosureReader.open(new StringReader(content), "prices.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("prices.txt: ")
        .hasMessageContaining(message.trim());
  }
}
