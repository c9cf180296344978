package dev.quantsdk.cli;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.BarValidationException;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.indicator.BollingerBands;
import dev.quantsdk.futures.indicator.Indicators;
import dev.quantsdk.futures.indicator.Macd;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code quant features --bars FILE --indicators SPEC --out FILE.csv}: indicator columns of a bar
 * file as CSV, one row per bar, {@code date} first, then one column per indicator output named
 * like {@code sma_10} or {@code bb_upper_20_2}, empty cells during warm-up.
 *
 * <p>Indicators come from the batch kernels of {@link Indicators}; every value at a row uses only
 * bars up to that row. Immutable and thread-safe.
 */
public final class FeaturesCommand implements Command {

  static final OptionSpec BARS = OptionSpec.valued("--bars", "FILE", "The bar file (CHRIS or CSV). Required.");
  static final OptionSpec INDICATORS = OptionSpec.valued("--indicators", "SPEC",
      "Comma-separated indicators: sma(n), ema(n), wma(n), rsi(n), atr(n), roc(n), stddev(n), zscore(n), "
          + "bollinger(n,k), macd(fast,slow,signal). Required.");
  static final OptionSpec OUT = OptionSpec.valued("--out", "FILE.csv",
      "The CSV file to write (replaced if it exists). Required.");
  static final OptionSpec PRICE = OptionSpec.valued("--price", "close|settle",
      "The price the indicators read (atr always reads high, low and close).").withDefault("close");
  static final OptionSpec POLICY = OptionSpec.valued("--policy", "strict|skip|repair", FuturesBarFiles.POLICY_TEXT
      + " strict is the default: a file with inconsistent rows (the bundled ES1 has 4) writes nothing and "
      + "exits 1, listing them.").withDefault("strict");

  @Override
  public String name() {
    return "features";
  }

  @Override
  public String summary() {
    return "Write indicator columns of a futures bar file as CSV.";
  }

  @Override
  public String description() {
    return "Loads --bars under --policy and writes --out: a header, then one row per kept bar with its date "
        + "(yyyy-MM-dd) first and one column per indicator output: sma_10, ema_20, wma_20, rsi_14, atr_14, "
        + "roc_10, stddev_20, zscore_20, bb_upper_20_2, bb_middle_20_2, bb_lower_20_2, macd_12_26_9, "
        + "macd_signal_12_26_9, macd_hist_12_26_9. Cells are empty during an indicator's warm-up (for "
        + "sma(10) the first 9 rows). Values are Java's shortest decimal of the double. Nothing from a later "
        + "bar enters a row.";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of();
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(BARS, INDICATORS, OUT, FuturesBarFiles.FORMAT, POLICY, PRICE);
  }

  @Override
  public List<String> examples() {
    return List.of("features --bars ES1.csv --policy repair --indicators \"sma(10),rsi(14),atr(14)\" --out f.csv",
        "features --bars ES1.csv --price settle --indicators \"macd(12,26,9)\" --out g.csv");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    String barsTyped = required(invocation, BARS);
    String outTyped = required(invocation, OUT);
    List<IndicatorSpec> specs = parse(required(invocation, INDICATORS), invocation);
    String price = invocation.value(PRICE).orElse("close").toLowerCase(Locale.ROOT);
    if (!price.equals("close") && !price.equals("settle")) {
      throw new UsageException("--price must be close or settle but was '" + price + "'", invocation.commandPath());
    }
    FuturesBarFiles.Format format = FuturesBarFiles.format(invocation);
    ValidationPolicy policy = FuturesBarFiles.policy(invocation, POLICY, ValidationPolicy.STRICT);
    BarSeries bars;
    try {
      bars = FuturesBarFiles.loadSeries(barsTyped, context.resolve(barsTyped), format, policy).series();
    } catch (BarValidationException e) {
      throw new BadInputException(barsTyped + ": nothing written (--policy skip drops inconsistent bars, "
          + "--policy repair fixes them): " + e.getMessage(), e);
    }
    if (price.equals("settle") && !bars.hasSettle()) {
      throw new BadInputException(barsTyped + " has no settle column: use --price close");
    }
    Map<String, double[]> columns = compute(bars, price.equals("settle") ? bars.settles() : bars.closes(), specs);
    Path out = context.resolve(outTyped);
    write(bars, columns, out, outTyped);
    context.out().printf(Locale.ROOT, "%s: %,d rows, %d feature columns (%s)%n", outTyped, bars.size(),
        columns.size(), String.join(", ", columns.keySet()));
    context.out().flush();
    return ExitStatus.OK;
  }

  /**
   * One indicator as typed: its name, its arguments as typed and as numbers.
   *
   * @param name the lower-case name
   * @param texts the arguments as typed (for column names)
   * @param values the arguments
   */
  record IndicatorSpec(String name, List<String> texts, double[] values) {

    int period(int i) {
      return (int) values[i];
    }

    String suffix() {
      return "_" + String.join("_", texts);
    }
  }

  private static final Map<String, Integer> ARITY = Map.of("sma", 1, "ema", 1, "wma", 1, "rsi", 1, "atr", 1,
      "roc", 1, "stddev", 1, "zscore", 1, "bollinger", 2, "macd", 3);

  /**
   * Parses {@code sma(10),bollinger(20,2)}: names with their parenthesised arguments, separated by
   * commas. Every argument is a whole number &gt; 0 except bollinger's k (a number &gt; 0).
   */
  static List<IndicatorSpec> parse(String text, Invocation invocation) {
    List<IndicatorSpec> specs = new ArrayList<>();
    int at = 0;
    String spec = text.trim();
    while (at < spec.length()) {
      int open = spec.indexOf('(', at);
      int close = open < 0 ? -1 : spec.indexOf(')', open);
      if (open < 0 || close < 0) {
        throw usage("expected name(arguments) at '" + spec.substring(at) + "'", invocation);
      }
      String name = spec.substring(at, open).trim().toLowerCase(Locale.ROOT);
      Integer arity = ARITY.get(name);
      if (arity == null) {
        throw usage("unknown indicator '" + name + "': use " + String.join(", ",
            List.of("sma", "ema", "wma", "rsi", "atr", "roc", "stddev", "zscore", "bollinger", "macd")), invocation);
      }
      List<String> texts = new ArrayList<>();
      for (String arg : spec.substring(open + 1, close).split(",", -1)) {
        texts.add(arg.trim());
      }
      if (texts.size() != arity) {
        throw usage(String.format(Locale.ROOT, "%s takes %d argument(s) but got %d in '%s'", name, arity,
            texts.size(), spec.substring(at, close + 1).trim()), invocation);
      }
      double[] values = new double[arity];
      for (int i = 0; i < arity; i++) {
        boolean real = name.equals("bollinger") && i == 1;
        values[i] = number(texts.get(i), real, name, invocation);
      }
      if (name.equals("macd") && values[0] >= values[1]) {
        throw usage("macd's fast period must be shorter than its slow period: " + spec.substring(at, close + 1),
            invocation);
      }
      specs.add(new IndicatorSpec(name, texts, values));
      at = close + 1;
      while (at < spec.length() && Character.isWhitespace(spec.charAt(at))) {
        at++;
      }
      if (at < spec.length()) {
        if (spec.charAt(at) != ',') {
          throw usage("expected ',' between indicators at '" + spec.substring(at) + "'", invocation);
        }
        at++;
      }
    }
    if (specs.isEmpty()) {
      throw usage("--indicators names no indicator", invocation);
    }
    return specs;
  }

  private static double number(String text, boolean real, String name, Invocation invocation) {
    try {
      double value = real ? Double.parseDouble(text) : Integer.parseInt(text);
      if (value > 0 && Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw usage(String.format(Locale.ROOT, "%s: '%s' must be %s > 0", name, text,
        real ? "a number" : "a whole number"), invocation);
  }

  private static UsageException usage(String message, Invocation invocation) {
    return new UsageException("--indicators: " + message, invocation.commandPath());
  }

  /** The output columns, by name, in order. */
  static Map<String, double[]> compute(BarSeries bars, double[] price, List<IndicatorSpec> specs) {
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (IndicatorSpec s : specs) {
      String suffix = s.suffix();
      switch (s.name()) {
        case "sma" -> columns.put("sma" + suffix, Indicators.sma(price, s.period(0)));
        case "ema" -> columns.put("ema" + suffix, Indicators.ema(price, s.period(0)));
        case "wma" -> columns.put("wma" + suffix, Indicators.wma(price, s.period(0)));
        case "rsi" -> columns.put("rsi" + suffix, Indicators.rsi(price, s.period(0)));
        case "roc" -> columns.put("roc" + suffix, Indicators.roc(price, s.period(0)));
        case "stddev" -> columns.put("stddev" + suffix, Indicators.stdDev(price, s.period(0)));
        case "zscore" -> columns.put("zscore" + suffix, Indicators.zScore(price, s.period(0)));
        case "atr" -> columns.put("atr" + suffix, Indicators.atr(bars.highs(), bars.lows(), bars.closes(),
            s.period(0)));
        case "bollinger" -> {
          BollingerBands bands = Indicators.bollinger(price, s.period(0), s.values()[1]);
          columns.put("bb_upper" + suffix, bands.upper());
          columns.put("bb_middle" + suffix, bands.middle());
          columns.put("bb_lower" + suffix, bands.lower());
        }
        case "macd" -> {
          Macd macd = Indicators.macd(price, s.period(0), s.period(1), s.period(2));
          columns.put("macd" + suffix, macd.line());
          columns.put("macd_signal" + suffix, macd.signal());
          columns.put("macd_hist" + suffix, macd.histogram());
        }
        default -> throw new IllegalStateException("unhandled indicator " + s.name());
      }
    }
    return columns;
  }

  private static void write(BarSeries bars, Map<String, double[]> columns, Path out, String typed) {
    List<double[]> values = new ArrayList<>(columns.values());
    StringBuilder line = new StringBuilder(256);
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      writer.write("date," + String.join(",", columns.keySet()));
      writer.newLine();
      for (int i = 0; i < bars.size(); i++) {
        line.setLength(0);
        line.append(bars.timeBase().format(bars.time(i)));
        for (double[] column : values) {
          line.append(',');
          if (!Double.isNaN(column[i])) {
            line.append(column[i]);
          }
        }
        writer.write(line.toString());
        writer.newLine();
      }
    } catch (IOException e) {
      throw new BadInputException("cannot write " + typed + " (" + e.getMessage() + ")", e);
    }
  }

  private static String required(Invocation invocation, OptionSpec option) {
    return invocation.value(option).orElseThrow(() -> new UsageException(
        "missing " + option.synopsis(), invocation.commandPath()));
  }
}
