package dev.quantsdk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.futures.bar.BarIssue;
import dev.quantsdk.futures.bar.BarValidationException;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.instrument.ContractMonth;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.instrument.FuturesProduct;
import dev.quantsdk.futures.io.ChrisCsvLoader;
import dev.quantsdk.futures.io.CsvColumnMapping;
import dev.quantsdk.futures.io.DateFormat;
import dev.quantsdk.futures.io.GenericCsvLoader;
import dev.quantsdk.futures.io.LeanFuturesLoader;
import dev.quantsdk.futures.jdbc.JdbcBarSource;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the futures commands share: the {@code --format}, {@code --policy} and {@code --symbol}
 * options, loading a bar file with the futures loaders, and resolving which contract a bar belongs
 * to. Stateless and thread-safe.
 */
final class FuturesBarFiles {

  /** The bar file formats. */
  enum Format {
    /** Quandl/CHRIS daily CSV (Date, Open, High, Low, Last, Change, Settle, Volume, Previous Day OI). */
    CHRIS,
    /** QuantConnect Lean daily trade zip, with its open-interest zip next to it when present. */
    LEAN,
    /** Any comma-separated file with a header naming date, open, high, low, close and optionally
     * settle, volume and open interest columns. */
    CSV
  }

  static final OptionSpec FORMAT = OptionSpec.valued("--format", "chris|lean|csv",
      "File format: chris (Quandl CHRIS daily CSV), lean (QuantConnect Lean daily trade zip, with the "
          + "*_openinterest.zip next to it when present) or csv (a header naming date, open, high, low, "
          + "close|last and optionally settle, volume, open interest).").withDefault("chris");

  static final String POLICY_TEXT = "What to do with inconsistent bars: strict (fail and list every "
      + "offending row), skip (drop them) or repair (widen high/low to cover open and close, fill a blank "
      + "open or volume; drop what cannot be repaired).";

  static final OptionSpec SYMBOL = OptionSpec.valued("--symbol", "SYMBOL",
      "Product and contract of the bars: a catalogue root (ES, NQ, CL, GC, ZN) or ES1 for the front-month "
          + "series, ES2 for the second month, or one contract such as ESZ2019.").withDefault("ES");

  private static final Pattern NEARBY = Pattern.compile("([A-Z]{1,3}?)([1-9])?");
  private static final Pattern CONTRACT = Pattern.compile("([A-Z]{1,3})([FGHJKMNQUVXZ])(\\d{2}|\\d{4})");

  private FuturesBarFiles() {
  }

  static Format format(Invocation invocation) {
    String text = invocation.value(FORMAT).orElse("chris");
    try {
      return Format.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format must be chris, lean or csv but was '" + text + "'", invocation.commandPath());
    }
  }

  static ValidationPolicy policy(Invocation invocation, OptionSpec option, ValidationPolicy fallback) {
    String text = invocation.value(option).orElse(fallback.name());
    try {
      return ValidationPolicy.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException(option.name() + " must be strict, skip or repair but was '" + text + "'",
          invocation.commandPath());
    }
  }

  /**
   * Which contract each bar of a file belongs to: one fixed contract, or the n-th nearby contract
   * (the n-th listed contract whose last trading day is on or after the bar's date).
   *
   * @param product the product
   * @param fixed the fixed contract, or null for a nearby series
   * @param nearby 1 for the front month, 2 for the second month (ignored when fixed)
   */
  record SymbolSpec(FuturesProduct product, ContractSpec fixed, int nearby) {

    ContractSpec contractOn(LocalDate date) {
      return fixed != null ? fixed : JdbcBarSource.nearbyContract(product, date, nearby);
    }
  }

  static SymbolSpec symbol(Invocation invocation) {
    String text = invocation.value(SYMBOL).orElse("ES").toUpperCase(Locale.ROOT);
    Matcher contract = CONTRACT.matcher(text);
    if (contract.matches() && FuturesCatalogue.find(contract.group(1)).isPresent()) {
      String year = contract.group(3).length() == 2 ? "20" + contract.group(3) : contract.group(3);
      ContractSpec spec = FuturesCatalogue.contract(contract.group(1) + contract.group(2) + year);
      return new SymbolSpec(FuturesCatalogue.find(contract.group(1)).orElseThrow(), spec, 1);
    }
    Matcher nearby = NEARBY.matcher(text);
    if (nearby.matches()) {
      FuturesProduct product = FuturesCatalogue.find(nearby.group(1)).orElse(null);
      if (product != null) {
        return new SymbolSpec(product, null, nearby.group(2) == null ? 1 : Integer.parseInt(nearby.group(2)));
      }
    }
    throw new UsageException(String.format(Locale.ROOT,
        "--symbol '%s' is not a catalogue root (%s), a nearby series such as ES1 or ES2, or a contract such as "
            + "ESZ2019", text, FuturesCatalogue.all().stream().map(FuturesProduct::root).toList()),
        invocation.commandPath());
  }

  /** Checks that a file the user named exists and can be read (exit 1 otherwise). */
  static void checkReadable(String typed, Path file) {
    if (!Files.exists(file)) {
      throw new BadInputException("file not found: " + typed);
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException("not a file but a directory: " + typed);
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException("cannot read file (permission denied): " + typed);
    }
  }

  /**
   * Loads one series (CHRIS or generic CSV). Under STRICT an invalid file throws
   * {@link BarValidationException}, whose report lists every offending row.
   */
  static ValidatedBars loadSeries(String typed, Path file, Format format, ValidationPolicy policy) {
    checkReadable(typed, file);
    try {
      return switch (format) {
        case CHRIS -> ChrisCsvLoader.load(file, policy);
        case CSV -> GenericCsvLoader.load(file, csvMapping(typed, file), policy);
        case LEAN -> throw new BadInputException("a Lean zip holds several contracts, not one series: " + typed
            + " (use --format chris or csv here)");
      };
    } catch (BarValidationException e) {
      throw e;
    } catch (UncheckedIOException e) {
      throw new BadInputException("cannot read file: " + typed + " (" + e.getCause().getMessage() + ")", e);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("cannot read " + typed + " as " + format.name().toLowerCase(Locale.ROOT)
          + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads the contracts of a Lean trade zip, joined with the open-interest zip of the same name
   * ({@code _trade} replaced by {@code _openinterest}) when it exists.
   */
  static SortedMap<ContractMonth, ValidatedBars> loadLean(String typed, Path tradeZip, ValidationPolicy policy) {
    checkReadable(typed, tradeZip);
    Path interest = tradeZip.resolveSibling(tradeZip.getFileName().toString().replace("_trade", "_openinterest"));
    LeanFuturesLoader.Options options = LeanFuturesLoader.Options.defaults().withPolicy(policy);
    try (InputStream trades = Files.newInputStream(tradeZip);
        InputStream oi = !interest.equals(tradeZip) && Files.isReadable(interest)
            ? Files.newInputStream(interest) : new ByteArrayInputStream(new byte[0])) {
      SortedMap<ContractMonth, ValidatedBars> contracts = LeanFuturesLoader.parseZips(trades, oi, options);
      if (contracts.isEmpty()) {
        throw new BadInputException("no Lean trade file (root_trade_YYYYMM.csv) in " + typed);
      }
      return contracts;
    } catch (BarValidationException e) {
      throw e;
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException("cannot read Lean zip: " + typed + " (" + e.getMessage() + ")", e);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("cannot read " + typed + " as a Lean zip: " + e.getMessage(), e);
    }
  }

  /** A mapping from the header names of a comma-separated file. */
  static CsvColumnMapping csvMapping(String typed, Path file) {
    String header;
    String first;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      header = reader.readLine();
      first = reader.readLine();
    } catch (IOException e) {
      throw new BadInputException("cannot read file: " + typed + " (" + e.getMessage() + ")", e);
    }
    if (header == null || first == null) {
      throw new BadInputException("no header and data line in " + typed);
    }
    List<String> names = Arrays.stream(header.split(",", -1))
        .map(n -> n.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace("\"", "")).toList();
    Function<List<String>, Integer> column = candidates -> {
      for (String c : candidates) {
        int at = names.indexOf(c);
        if (at >= 0) {
          return at;
        }
      }
      return CsvColumnMapping.ABSENT;
    };
    int date = column.apply(List.of("date", "time", "timestamp", "datetime"));
    int open = column.apply(List.of("open"));
    int high = column.apply(List.of("high"));
    int low = column.apply(List.of("low"));
    int close = column.apply(List.of("close", "last"));
    List<String> missing = new ArrayList<>();
    String[] required = {"date", "open", "high", "low", "close (or last)"};
    int[] found = {date, open, high, low, close};
    for (int i = 0; i < required.length; i++) {
      if (found[i] == CsvColumnMapping.ABSENT) {
        missing.add(required[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new BadInputException(String.format(Locale.ROOT, "%s: the header '%s' has no %s column",
          typed, header, String.join(", ", missing)));
    }
    String firstDate = first.split(",", -1)[date].trim();
    DateFormat dateFormat = firstDate.matches("\\d{8}.*") ? DateFormat.BASIC_DATE_TIME : DateFormat.ISO_DATE_TIME;
    if (firstDate.matches("\\d{8}")) {
      dateFormat = DateFormat.BASIC_DATE;
    } else if (firstDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
      dateFormat = DateFormat.ISO_DATE;
    }
    CsvColumnMapping mapping = CsvColumnMapping.ohlcv(date, open, high, low, close,
        column.apply(List.of("volume", "vol"))).withDates(dateFormat, TimeBase.EPOCH_DAY);
    int settle = column.apply(List.of("settle", "settlement"));
    if (settle != CsvColumnMapping.ABSENT) {
      mapping = mapping.withSettle(settle);
    }
    int oi = column.apply(List.of("open interest", "openinterest", "oi", "previous day open interest"));
    if (oi != CsvColumnMapping.ABSENT) {
      mapping = mapping.withOpenInterest(oi);
    }
    return mapping;
  }

  /** Writes one JSON object and a line break on stdout. */
  static void printJson(ObjectNode json, PrintStream out) {
    CliJson.print(json, out);
  }

  /** The reason text of an issue in JSON and summaries: the problem and what was done. */
  static String reason(BarIssue issue) {
    String done = issue.resolution().name().toLowerCase(Locale.ROOT);
    return issue.problem() + " (" + done + (issue.detail().isEmpty() ? "" : ": " + issue.detail()) + ")";
  }
}
