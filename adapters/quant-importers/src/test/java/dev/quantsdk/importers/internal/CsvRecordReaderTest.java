package dev.quantsdk.importers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  @Test
  void next_readsQuotedFieldsWithCommasQuotesAndLineBreaks_andTracksStartLines() {
    CsvRecordReader csv = new CsvRecordReader(new StringReader(
        "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\n1,,3"));

    assertThat(csv.next()).hasValueSatisfying(r -> assertThat(r).containsExactly("a", "b", "c"));
    assertThat(csv.recordLine()).isEqualTo(1);
    assertThat(csv.next()).hasValueSatisfying(
        r -> assertThat(r).containsExactly("x, y", "say \"hi\"", "two\nlines"));
    assertThat(csv.recordLine()).isEqualTo(2);
    assertThat(csv.next()).hasValueSatisfying(r -> assertThat(r).containsExactly("1", "", "3"));
    assertThat(csv.recordLine()).isEqualTo(5);
    assertThat(csv.next()).isEmpty();
  }

  @Test
  void next_failsOnUnclosedQuote_namingTheLine() {
    CsvRecordReader csv = new CsvRecordReader(new StringReader("a,b\n1,\"open\n"));
    csv.next();

    assertThatThrownBy(csv::next)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }
}
