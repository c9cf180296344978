package dev.quantsdk.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.model.AmountBand;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParsedAmountTest {

  /** Closed bands as printed on the STOCK Act PTR forms and in the House/Senate data. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "$1,001 - $15,000; 1001; 15000",
      "$15,001 - $50,000; 15001; 50000",
      "$50,001 - $100,000; 50001; 100000",
      "$100,001 - $250,000; 100001; 250000",
      "$250,001 - $500,000; 250001; 500000",
      "$500,001 - $1,000,000; 500001; 1000000",
      "$1,000,001 - $5,000,000; 1000001; 5000000",
      "$5,000,001 - $25,000,000; 5000001; 25000000",
      "$25,000,001 - $50,000,000; 25000001; 50000000",
      "$1,000 - $15,000; 1000; 15000",
      "$15,000 - $50,000; 15000; 50000",
      "$1,000,000 - $5,000,000; 1000000; 5000000",
  })
  void parse_readsClosedBands(String text, long min, long max) {
    ParsedAmount amount = ParsedAmount.parse(text);

    assertThat(amount.band()).contains(AmountBand.of(min, max));
    assertThat(amount.raw()).isEqualTo(text);
    assertThat(amount.note()).isEmpty();
    assertThat(amount.isTruncatedBand()).isFalse();
  }

  @Test
  void parse_collapsesLineBreaksAndExtraSpaces() {
    ParsedAmount amount = ParsedAmount.parse("$15,001  -\n   $50,000 ");

    assertThat(amount.band()).contains(AmountBand.of(15_001, 50_000));
    assertThat(amount.raw()).isEqualTo("$15,001 - $50,000");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "$1,000,000 +; 1000000",
      "$50,000,000 +; 50000000",
      "Over $50,000,000; 50000001",
  })
  void parse_readsOpenEndedBandsWithoutMaximum(String text, long min) {
    ParsedAmount amount = ParsedAmount.parse(text);

    assertThat(amount.band()).contains(AmountBand.openEnded(min));
    assertThat(amount.band().orElseThrow().isOpenEnded()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "$1,001 -; 1001; 15000",
      "$15,001 -; 15001; 50000",
      "$250,001 -; 250001; 500000",
  })
  void parse_completesTruncatedBandFromStandardTable_andSaysSo(String text, long min, long max) {
    ParsedAmount amount = ParsedAmount.parse(text);

    assertThat(amount.band()).contains(AmountBand.of(min, max));
    assertThat(amount.isTruncatedBand()).isTrue();
    assertThat(amount.note().orElseThrow()).contains("truncated band", "standard STOCK Act band table");
  }

  @Test
  void parse_unknownGivesNoAmount_andKeepsTheReason() {
    ParsedAmount amount = ParsedAmount.parse("Unknown");

    assertThat(amount.band()).isEmpty();
    assertThat(amount.raw()).isEqualTo("Unknown");
    assertThat(amount.note().orElseThrow()).contains("Unknown");
  }

  @Test
  void parse_blankGivesNoAmount_withNote() {
    assertThat(ParsedAmount.parse("  ")).isEqualTo(
        new ParsedAmount(Optional.empty(), "", Optional.of("no amount given")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "a lot; unrecognised amount 'a lot'",
      "$50,000 - $1,000; maximum below its minimum",
      "$7,777 -; no standard band's minimum",
  })
  void parse_rejectsWhatIsNoBand_withActionableMessage(String text, String message) {
    assertThatThrownBy(() -> ParsedAmount.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
