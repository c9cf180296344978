package dev.quantsdk.importers;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.TradeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link RawDisclosure} into a validated {@link NormalizedTrade} or a {@link Rejection}
 * naming row, field and value.
 *
 * <p>Rules: dates are ISO ({@code 2021-09-27}) or {@code MM/DD/YYYY}; a transaction date before
 * 1990, after 2100, more than one year after its disclosure date, or (without a disclosure date)
 * after the reference date is impossible and rejected; a disclosure date outside 1990..the
 * reference date is rejected; a trade dated after its disclosure (within a year) is kept and
 * flagged. The lag is the number of days from trade to disclosure; a lag over 45 days is a late
 * filing. Types accept {@code purchase, sale_full, sale_partial, exchange, sale} and the capitalised
 * {@code Purchase, Sale, Sale (Full), Sale (Partial), Exchange}; a bare "Sale" is the form's
 * "S" box, a full sale. Owners are upper-cased ({@code joint} becomes {@code JOINT}); tickers
 * {@code --} or blank are absent and an HTML link around a ticker is removed.
 *
 * <p>Pure: no I/O and no clock (the reference date is passed in). Mutable (it reuses a message
 * digest and caches politician identities) and not thread-safe: use one instance per import.
 */
public final class TradeNormalizer {

  /**
   * The result of normalising one row: a {@link NormalizedTrade} or a {@link Rejection}.
   */
  public sealed interface Outcome permits NormalizedTrade, Rejection {
  }

  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2100;
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
  private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z]+");
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
  private static final char SEPARATOR = '\u001F';
  /** Bound of each parse cache, so a file of ever-new values cannot exhaust memory. */
  private static final int CACHE_LIMIT = 10_000;

  private final LocalDate today;
  private final MessageDigest sha256;
  private final StringBuilder content = new StringBuilder(512);
  /** Identities by raw name, district and Bioguide id: normalising a name is the costly part. */
  private final Map<String, PoliticianIdentity> politicians = new HashMap<>();
  /** Parsed amounts and types by raw text: a file repeats a few dozen distinct values. */
  private final Map<String, ParsedAmount> amounts = new HashMap<>();
  private final Map<String, TradeType> types = new HashMap<>();

  /**
   * Creates a normaliser.
   *
   * @param today the reference date: no disclosure can be later, and without a disclosure date no
   *     trade can be later
   */
  public TradeNormalizer(LocalDate today) {
    this.today = ArgChecker.notNull(today, "today");
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /**
   * Validates and normalises one row.
   *
   * @param raw the row as read
   * @return the trade (occurrence 1) or the rejection
   */
  public Outcome normalize(RawDisclosure raw) {
    try {
      return normalizeOrThrow(raw);
    } catch (RowProblem problem) {
      return new Rejection(raw.row(), problem.field, problem.value, String.format(Locale.ROOT,
          "row %d (%s): %s", raw.row(), raw.location(), problem.getMessage()));
    }
  }

  private NormalizedTrade normalizeOrThrow(RawDisclosure raw) {
    if (!raw.defect().isEmpty()) {
      throw new RowProblem("row", "", raw.defect());
    }
    DisclosureFormat format = raw.format();
    String nameField = switch (format) {
      case SENATE_FILINGS_JSON -> "first_name/last_name";
      case SENATE_FLAT_JSON -> "senator";
      default -> "representative";
    };
    if (raw.politician().isBlank()) {
      throw new RowProblem(nameField, "", "the politician's name is missing");
    }
    String identityKey = format.chamber().name() + SEPARATOR + raw.politician() + SEPARATOR
        + raw.district() + SEPARATOR + raw.bioguideId();
    PoliticianIdentity politician = politicians.get(identityKey);
    if (politician == null) {
      try {
        politician = PoliticianIdentity.of(format.chamber(), raw.politician(), raw.district(),
            raw.bioguideId());
      } catch (IllegalArgumentException e) {
        throw new RowProblem(nameField, raw.politician(), e.getMessage());
      }
      cache(politicians, identityKey, politician);
    }

    Optional<LocalDate> disclosure = Optional.empty();
    if (!raw.disclosureDate().isBlank()) {
      LocalDate d = date("disclosure_date", raw.disclosureDate());
      if (d.isAfter(today)) {
        throw problem("disclosure_date", raw.disclosureDate(),
            "is impossible: it is after the reference date %s", today);
      }
      disclosure = Optional.of(d);
    }
    if (raw.transactionDate().isBlank()) {
      throw new RowProblem("transaction_date", "", "the transaction date is missing");
    }
    LocalDate traded = date("transaction_date", raw.transactionDate());
    if (disclosure.isPresent() && traded.isAfter(disclosure.get().plusYears(1))) {
      throw problem("transaction_date", raw.transactionDate(),
          "is impossible: more than a year after the disclosure date %s", disclosure.get());
    }
    if (disclosure.isEmpty() && traded.isAfter(today)) {
      throw problem("transaction_date", raw.transactionDate(),
          "is impossible: it is after the reference date %s", today);
    }
    TradeType type = types.get(raw.type());
    if (type == null) {
      type = type(raw.type());
      cache(types, raw.type(), type);
    }
    ParsedAmount amount = amounts.get(raw.amount());
    if (amount == null) {
      try {
        amount = ParsedAmount.parse(raw.amount());
      } catch (IllegalArgumentException e) {
        throw new RowProblem("amount", raw.amount(), e.getMessage());
      }
      cache(amounts, raw.amount(), amount);
    }

    Optional<String> owner = text(raw.owner()).map(o -> o.toUpperCase(Locale.ROOT));
    Optional<String> ticker = text(raw.ticker().indexOf('<') >= 0
        ? HTML_TAG.matcher(raw.ticker()).replaceAll("") : raw.ticker());
    Optional<String> description = text(raw.assetDescription());
    Optional<String> assetType = text(raw.assetType());
    Optional<String> link = text(raw.link());
    Optional<String> filingId = text(raw.filingId());
    Optional<String> comment = text(raw.comment());
    checkLength("owner", owner, 40);
    checkLength("ticker", ticker, 20);
    checkLength("asset_description", description, 8000);
    checkLength("asset_type", assetType, 100);
    checkLength("amount", Optional.of(amount.raw()), 200);
    checkLength("ptr_link", link, 1000);
    checkLength("filing_id", filingId, 100);
    checkLength("comment", comment, 8000);

    OptionalInt lag = OptionalInt.empty();
    boolean late = false;
    boolean after = false;
    if (disclosure.isPresent()) {
      int days = (int) ChronoUnit.DAYS.between(traded, disclosure.get());
      lag = OptionalInt.of(days);
      late = days > NormalizedTrade.STOCK_ACT_LIMIT_DAYS;
      after = days < 0;
    }
    content.setLength(0);
    content.append(format.source()).append(SEPARATOR)
        .append(politician.naturalKey()).append(SEPARATOR)
        .append(traded).append(SEPARATOR)
        .append(disclosure.map(LocalDate::toString).orElse("")).append(SEPARATOR)
        .append(owner.orElse("")).append(SEPARATOR)
        .append(ticker.orElse("")).append(SEPARATOR)
        .append(description.orElse("")).append(SEPARATOR)
        .append(type).append(SEPARATOR)
        .append(amount.raw()).append(SEPARATOR)
        .append(link.orElse(""));
    String hash = HexFormat.of().formatHex(
        sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    return new NormalizedTrade(raw.row(), format.source(), politician, traded, disclosure, lag, late,
        after, owner, ticker, description, assetType, type, amount, link, filingId, comment, hash, 1);
  }

  /**
   * Parses a disclosure type as written in the known scrapes.
   *
   * @param text the type as given
   * @return the type
   * @throws IllegalArgumentException if the text is not a known type (the message lists them)
   */
  public static TradeType parseType(String text) {
    String words = NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    return switch (words) {
      case "purchase", "p" -> TradeType.PURCHASE;
      case "sale full", "sale", "s", "s full" -> TradeType.SALE_FULL;
      case "sale partial", "s partial" -> TradeType.SALE_PARTIAL;
      case "exchange", "e" -> TradeType.EXCHANGE;
      default -> throw new IllegalArgumentException("unknown transaction type '" + text
          + "'; expected purchase, sale_full, sale_partial, exchange, Purchase, Sale, Sale (Full),"
          + " Sale (Partial) or Exchange");
    };
  }

  private static TradeType type(String text) {
    if (text.isBlank()) {
      throw new RowProblem("type", "", "the transaction type is missing");
    }
    try {
      return parseType(text);
    } catch (IllegalArgumentException e) {
      throw new RowProblem("type", text, e.getMessage());
    }
  }

  private static LocalDate date(String field, String text) {
    String s = text.trim();
    int year;
    int month;
    int day;
    Matcher m;
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4)
        && digits(s, 5, 7) && digits(s, 8, 10)) {
      year = number(s, 0, 4);
      month = number(s, 5, 7);
      day = number(s, 8, 10);
    } else if (s.length() == 10 && s.charAt(2) == '/' && s.charAt(5) == '/' && digits(s, 0, 2)
        && digits(s, 3, 5) && digits(s, 6, 10)) {
      month = number(s, 0, 2);
      day = number(s, 3, 5);
      year = number(s, 6, 10);
    } else if ((m = ISO.matcher(s)).matches()) {
      year = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(2));
      day = Integer.parseInt(m.group(3));
    } else {
      m = US.matcher(s);
      if (!m.matches()) {
        throw problem(field, text, "is not a date: expected YYYY-MM-DD or MM/DD/YYYY");
      }
      month = Integer.parseInt(m.group(1));
      day = Integer.parseInt(m.group(2));
      year = Integer.parseInt(m.group(3));
    }
    if (year < MIN_YEAR) {
      throw problem(field, text, "is impossible: year %d is before %d", year, MIN_YEAR);
    }
    if (year > MAX_YEAR) {
      throw problem(field, text, "is impossible: year %d is after %d", year, MAX_YEAR);
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw problem(field, text, "is not a calendar date: %s", e.getMessage());
    }
  }

  private static <V> void cache(Map<String, V> cache, String key, V value) {
    if (cache.size() < CACHE_LIMIT) {
      cache.put(key, value);
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }

  private static Optional<String> text(String value) {
    String s = value.trim();
    if (s.isEmpty() || s.equals("--") || s.equals("-")) {
      return Optional.empty();
    }
    if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.indexOf("  ") >= 0) {
      s = WHITE_SPACE.matcher(s).replaceAll(" ");
    }
    return Optional.of(s);
  }

  private static void checkLength(String field, Optional<String> value, int max) {
    if (value.isPresent() && value.get().length() > max) {
      throw problem(field, value.get(), "is longer than the %d characters the database holds", max);
    }
  }

  private static RowProblem problem(String field, String value, String format, Object... args) {
    String shown = value.length() > 120 ? value.substring(0, 117) + "..." : value;
    return new RowProblem(field, value, String.format(Locale.ROOT, "%s '%s' ", field, shown)
        + String.format(Locale.ROOT, format, args));
  }

  /** A validation failure of one row; internal control flow, never escapes. */
  private static final class RowProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;

    RowProblem(String field, String value, String message) {
      super(message, null, false, false);
      this.field = field;
      this.value = value;
    }
  }
}
