package dev.quantsdk.importers;

import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount as disclosed: the band in USD when one can be read, the raw text, and a note saying
 * how the band was completed or why there is none.
 *
 * <p>Bands follow the STOCK Act periodic transaction report forms: $1,001-$15,000;
 * $15,001-$50,000; $50,001-$100,000; $100,001-$250,000; $250,001-$500,000; $500,001-$1,000,000;
 * $1,000,001-$5,000,000; $5,000,001-$25,000,000; $25,000,001-$50,000,000; over $50,000,000 (open);
 * plus the spouse/joint "$1,000,000 +" open band and the "$1,000 - $15,000", "$15,000 - $50,000"
 * and "$1,000,000 - $5,000,000" variants seen in House data. A truncated band ("$1,001 -") takes
 * its maximum from this table and says so. Immutable and thread-safe.
 *
 * @param band the band in whole USD, absent for "Unknown" or a missing amount
 * @param raw the amount text with runs of white space (line breaks included) collapsed to one space
 * @param note how the band was completed or why it is absent, empty when the band was read as is
 */
public record ParsedAmount(Optional<AmountBand> band, String raw, Optional<String> note) {

  /** The standard bands and the variants seen in data, as {min, max} in USD. */
  private static final List<long[]> STANDARD_BANDS = List.of(
      new long[] {1_001, 15_000},
      new long[] {15_001, 50_000},
      new long[] {50_001, 100_000},
      new long[] {100_001, 250_000},
      new long[] {250_001, 500_000},
      new long[] {500_001, 1_000_000},
      new long[] {1_000_001, 5_000_000},
      new long[] {5_000_001, 25_000_000},
      new long[] {25_000_001, 50_000_000},
      new long[] {1_000, 15_000},
      new long[] {15_000, 50_000},
      new long[] {1_000_000, 5_000_000});

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final String MONEY = "\\$?\\s?([0-9][0-9,]*)";
  private static final Pattern CLOSED = Pattern.compile(MONEY + "\\s?-\\s?" + MONEY);
  private static final Pattern TRUNCATED = Pattern.compile(MONEY + "\\s?-");
  private static final Pattern OPEN_PLUS = Pattern.compile(MONEY + "\\s?\\+");
  private static final Pattern OVER = Pattern.compile("(?i)over\\s" + MONEY);
  private static final Pattern SINGLE = Pattern.compile(MONEY);

  /**
   * Validates the amount.
   *
   * @throws NullPointerException if any component is null
   */
  public ParsedAmount {
    ArgChecker.notNull(band, "band");
    ArgChecker.notNull(raw, "raw");
    ArgChecker.notNull(note, "note");
  }

  /**
   * Parses an amount text.
   *
   * @param text the amount as given, such as {@code "$1,001 - $15,000"}, {@code "$1,000,000 +"},
   *     {@code "Over $50,000,000"}, {@code "$1,001 -"} or {@code "Unknown"}
   * @return the parsed amount
   * @throws IllegalArgumentException if the text is not an amount band, names a band whose
   *     maximum is below its minimum, or is a truncated band with no standard maximum
   */
  public static ParsedAmount parse(String text) {
    String raw = WHITE_SPACE.matcher(text).replaceAll(" ").trim();
    if (raw.isEmpty()) {
      return new ParsedAmount(Optional.empty(), raw, Optional.of("no amount given"));
    }
    if (raw.equalsIgnoreCase("unknown")) {
      return new ParsedAmount(Optional.empty(), raw,
          Optional.of("amount 'Unknown' in the filing (typically a scanned paper filing)"));
    }
    Matcher m = CLOSED.matcher(raw);
    if (m.matches()) {
      long min = dollars(m.group(1), raw);
      long max = dollars(m.group(2), raw);
      ArgChecker.isTrue(max >= min, "amount band '%s' has its maximum below its minimum", raw);
      return new ParsedAmount(Optional.of(AmountBand.of(min, max)), raw, Optional.empty());
    }
    m = OPEN_PLUS.matcher(raw);
    if (m.matches()) {
      return new ParsedAmount(Optional.of(AmountBand.openEnded(dollars(m.group(1), raw))), raw,
          Optional.empty());
    }
    m = OVER.matcher(raw);
    if (m.matches()) {
      return new ParsedAmount(Optional.of(AmountBand.openEnded(dollars(m.group(1), raw) + 1)), raw,
          Optional.empty());
    }
    m = TRUNCATED.matcher(raw);
    if (m.matches()) {
      long min = dollars(m.group(1), raw);
      for (long[] standard : STANDARD_BANDS) {
        if (standard[0] == min) {
          return new ParsedAmount(Optional.of(AmountBand.of(min, standard[1])), raw,
              Optional.of(String.format(Locale.ROOT, "truncated band '%s': maximum $%,d taken from"
                  + " the standard STOCK Act band table", raw, standard[1])));
        }
      }
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "truncated amount band '%s' starts at $%,d, which is no standard band's minimum, so its"
              + " maximum is unknown", raw, min));
    }
    m = SINGLE.matcher(raw);
    if (m.matches()) {
      long value = dollars(m.group(1), raw);
      return new ParsedAmount(Optional.of(AmountBand.of(value, value)), raw,
          Optional.of("a single amount, not a band"));
    }
    throw new IllegalArgumentException("unrecognised amount '" + raw + "'; expected a band such as"
        + " '$1,001 - $15,000', '$1,000,000 +', 'Over $50,000,000' or 'Unknown'");
  }

  /**
   * Whether the band's maximum was taken from the standard table because the text was truncated.
   *
   * @return true for a completed truncated band
   */
  public boolean isTruncatedBand() {
    return note.isPresent() && note.get().startsWith("truncated band");
  }

  private static long dollars(String digits, String raw) {
    String plain = digits.replace(",", "");
    ArgChecker.isTrue(plain.length() <= 15, "amount '%s' is too large", raw);
    return Long.parseLong(plain);
  }
}
