package dev.quantsdk.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.TradeType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradeNormalizerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private final TradeNormalizer normalizer = new TradeNormalizer(TODAY);

  private static RawDisclosure house(String transactionDate, String disclosureDate, String type,
      String amount) {
    return new RawDisclosure(7, "line 8", DisclosureFormat.HOUSE_CSV, "Hon. Virginia Foxx", "",
        "NC05", transactionDate, disclosureDate, "joint", "BP", "BP plc", "", type, amount, "",
        "https://disclosures-clerk.house.gov/public_disc/ptr-pdfs/2021/20019557.pdf", "", "");
  }

  private static RawDisclosure senateFlat(String transactionDate) {
    return new RawDisclosure(3, "element 3 (line 4)", DisclosureFormat.SENATE_FLAT_JSON,
        "Thomas R Carper", "", "", transactionDate, "", "Spouse",
        "<a href=\"https://finance.yahoo.com/q?s=AAPL\" target=\"_blank\">AAPL</a>", "Apple Inc.",
        "Stock", "Sale (Partial)", "$1,001 - $15,000", "--", "https://efdsearch.senate.gov/x/", "", "");
  }

  private NormalizedTrade accepted(RawDisclosure raw) {
    TradeNormalizer.Outcome outcome = normalizer.normalize(raw);
    assertThat(outcome).isInstanceOf(NormalizedTrade.class);
    return (NormalizedTrade) outcome;
  }

  private Rejection rejected(RawDisclosure raw) {
    TradeNormalizer.Outcome outcome = normalizer.normalize(raw);
    assertThat(outcome).isInstanceOf(Rejection.class);
    return (Rejection) outcome;
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "purchase; PURCHASE",
      "Purchase; PURCHASE",
      "sale_full; SALE_FULL",
      "Sale (Full); SALE_FULL",
      "Sale; SALE_FULL",
      "sale; SALE_FULL",
      "sale_partial; SALE_PARTIAL",
      "Sale (Partial); SALE_PARTIAL",
      "exchange; EXCHANGE",
      "Exchange; EXCHANGE",
  })
  void parseType_acceptsEveryAliasOfTheScrapes(String text, TradeType expected) {
    assertThat(TradeNormalizer.parseType(text)).isEqualTo(expected);
  }

  @Test
  void normalize_computesLagWithoutLateFlag_atExactly45Days() {
    // 2021-08-20 + 45 days = 2021-10-04 (11 days left in August, 30 in September, 4 in October)
    NormalizedTrade trade = accepted(house("2021-08-20", "10/04/2021", "purchase", "$1,001 - $15,000"));

    assertThat(trade.disclosureLagDays()).hasValue(45);
    assertThat(trade.lateFiling()).isFalse();
    assertThat(trade.tradedAfterDisclosure()).isFalse();
    assertThat(trade.owner()).contains("JOINT");
    assertThat(trade.amount().band()).contains(AmountBand.of(1_001, 15_000));
    assertThat(trade.politician().naturalKey()).isEqualTo("HOUSE:virginia foxx");
    assertThat(trade.naturalKey()).matches("[0-9a-f]{64}-1");
  }

  @Test
  void normalize_flagsLateFiling_at46Days() {
    NormalizedTrade trade = accepted(house("2021-08-19", "10/04/2021", "purchase", "$1,001 - $15,000"));

    assertThat(trade.disclosureLagDays()).hasValue(46);
    assertThat(trade.lateFiling()).isTrue();
  }

  @Test
  void normalize_keepsAndFlagsTradeAfterDisclosure() {
    // a row of the bundled House file: traded 2021-04-24, disclosed 04/23/2021
    NormalizedTrade trade = accepted(house("2021-04-24", "04/23/2021", "purchase", "$1,001 - $15,000"));

    assertThat(trade.tradedAfterDisclosure()).isTrue();
    assertThat(trade.disclosureLagDays()).hasValue(-1);
    assertThat(trade.lateFiling()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "0009-06-09; 10/04/2021; transaction_date; year 9 is before 1990",
      "2202-01-01; 10/04/2021; transaction_date; year 2202 is after 2100",
      "20221-11-18; 10/04/2021; transaction_date; not a date",
      "2022-10-05; 10/04/2021; transaction_date; more than a year after the disclosure date 2021-10-04",
      "2021-02-30; 10/04/2021; transaction_date; not a calendar date",
      "2021-09-27; 10/04/2027; disclosure_date; after the reference date 2026-11-22",
      "2021-09-27; 13/04/2021; disclosure_date; not a calendar date",
  })
  void normalize_rejectsImpossibleDates_namingRowFieldAndValue(String traded, String disclosed,
      String field, String problem) {
    Rejection rejection = rejected(house(traded, disclosed, "purchase", "$1,001 - $15,000"));

    assertThat(rejection.row()).isEqualTo(7);
    assertThat(rejection.field()).isEqualTo(field);
    String value = field.equals("transaction_date") ? traded : disclosed;
    assertThat(rejection.value()).isEqualTo(value);
    assertThat(rejection.reason()).startsWith("row 7 (line 8): " + field + " '" + value + "'")
        .contains(problem);
  }

  @Test
  void normalize_rejectsUnknownType_namingTheValue() {
    Rejection rejection = rejected(house("2021-09-27", "10/04/2021", "Gift", "$1,001 - $15,000"));

    assertThat(rejection.field()).isEqualTo("type");
    assertThat(rejection.reason()).contains("unknown transaction type 'Gift'");
  }

  @Test
  void normalize_rejectsUnreadableAmount_andStructuralDefect() {
    assertThat(rejected(house("2021-09-27", "10/04/2021", "purchase", "lots")).field())
        .isEqualTo("amount");
    RawDisclosure defective = new RawDisclosure(2, "line 3", DisclosureFormat.HOUSE_CSV, "Hon. A B",
        "", "", "2021-09-27", "", "", "", "", "", "purchase", "", "", "", "",
        "the record has 3 fields but the header has 12");
    assertThat(rejected(defective).reason())
        .isEqualTo("row 2 (line 3): the record has 3 fields but the header has 12");
  }

  @Test
  void normalize_senateFlatRow_hasNoLag_andLosesTickerLinkAndDashComment() {
    NormalizedTrade trade = accepted(senateFlat("11/10/2020"));

    assertThat(trade.disclosureDate()).isEmpty();
    assertThat(trade.disclosureLagDays()).isEmpty();
    assertThat(trade.lateFiling()).isFalse();
    assertThat(trade.ticker()).contains("AAPL");
    assertThat(trade.comment()).isEmpty();
    assertThat(trade.owner()).contains("SPOUSE");
    assertThat(trade.type()).isEqualTo(TradeType.SALE_PARTIAL);
    assertThat(trade.source()).isEqualTo("senate-stock-watcher");
  }

  @Test
  void normalize_rejectsSenateFlatTradeAfterReferenceDate() {
    assertThat(rejected(senateFlat("01/05/2027")).reason())
        .contains("transaction_date '01/05/2027' is impossible: it is after the reference date");
  }

  @Test
  void normalize_givesSameKeyForSameContent_andDifferentKeyOtherwise() {
    NormalizedTrade first = accepted(house("2021-09-27", "10/04/2021", "purchase", "$1,001 - $15,000"));
    NormalizedTrade again = new TradeNormalizer(TODAY)
        .normalize(house("2021-09-27", "10/04/2021", "purchase", "$1,001 - $15,000")) instanceof
        NormalizedTrade t ? t : null;
    NormalizedTrade other = accepted(house("2021-09-28", "10/04/2021", "purchase", "$1,001 - $15,000"));

    assertThat(again).isNotNull();
    assertThat(again.naturalKey()).isEqualTo(first.naturalKey());
    assertThat(other.contentHash()).isNotEqualTo(first.contentHash());
    assertThat(first.withOccurrence(2).naturalKey()).isEqualTo(first.contentHash() + "-2");
  }

  @Test
  void constructor_rejectsMissingReferenceDate() {
    assertThatThrownBy(() -> new TradeNormalizer(null)).isInstanceOf(NullPointerException.class);
  }
}
