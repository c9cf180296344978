package dev.quantsdk.cli;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.BarValidationException;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import java.util.List;
import java.util.Locale;

/**
 * The options every command that runs the {@code sma-cross} strategy shares ({@code backtest},
 * {@code sweep}, {@code paper replay}): the bar file, its format and validation policy, the
 * strategy and its windows, and the account (contracts, multiplier, tick size, commission,
 * slippage, capital, bars per year). Stateless and thread-safe.
 *
 * <p>Use {@link #options()} in a command's option list and {@link #parse(Invocation)} in its
 * {@code run}, then {@link #loadBars(Request, CliContext)}.
 */
final class SmaCrossOptions {

  static final OptionSpec BARS = OptionSpec.valued("--bars", "FILE", "The bar file (CHRIS or CSV). Required.");
  static final OptionSpec POLICY = OptionSpec.valued("--policy", "strict|skip|repair", FuturesBarFiles.POLICY_TEXT
      + " strict is the default: a file with inconsistent rows (the bundled ES1 has 4) runs nothing and exits 1, "
      + "listing them.").withDefault("strict");
  static final OptionSpec STRATEGY = OptionSpec.valued("--strategy", "NAME",
      "The strategy: sma-cross (long while the fast SMA of the settle is above the slow one; short, or flat "
          + "with --mode long-only, while below; orders fill at the next bar's open).").withDefault("sma-cross");
  static final OptionSpec FAST = OptionSpec.valued("--fast", "N", "The fast SMA window, bars. Required.");
  static final OptionSpec SLOW = OptionSpec.valued("--slow", "N",
      "The slow SMA window, bars, longer than --fast. Required.");
  static final OptionSpec MODE = OptionSpec.valued("--mode", "long-short|long-only",
      "long-short: short while fast < slow; long-only: flat while fast < slow.").withDefault("long-short");
  static final OptionSpec CONTRACTS = OptionSpec.valued("--contracts", "N",
      "The position size, contracts.").withDefault("1");
  static final OptionSpec MULTIPLIER = OptionSpec.valued("--multiplier", "USD",
      "USD per point per contract (ES: 50).").withDefault("50");
  static final OptionSpec TICK_SIZE = OptionSpec.valued("--tick-size", "POINTS",
      "The price increment; fill prices are rounded to it (ES: 0.25).").withDefault("0.25");
  static final OptionSpec COMMISSION = OptionSpec.valued("--commission", "USD",
      "Commission per contract per fill.").withDefault("0");
  static final OptionSpec SLIPPAGE_TICKS = OptionSpec.valued("--slippage-ticks", "N",
      "Ticks every fill pays against the trader (added to buys, subtracted from sells).").withDefault("0");
  static final OptionSpec CAPITAL = OptionSpec.valued("--capital", "USD", "Starting equity.")
      .withDefault("100000");
  static final OptionSpec BARS_PER_YEAR = OptionSpec.valued("--bars-per-year", "N",
      "Bars per year for annualising Sharpe, Sortino and CAGR (252 for daily bars).").withDefault("252");

  /** The one strategy name. */
  static final String SMA_CROSS = "sma-cross";

  private SmaCrossOptions() {
  }

  /**
   * A parsed command line: where the bars are and the strategy parameters.
   *
   * @param barsTyped the bar file as typed
   * @param format the file format
   * @param policy the validation policy
   * @param params the strategy and account parameters
   */
  record Request(String barsTyped, FuturesBarFiles.Format format, ValidationPolicy policy, SmaCrossParams params) {
  }

  /** Every shared option, {@code --format} included, in help order. */
  static List<OptionSpec> options() {
    return List.of(BARS, FuturesBarFiles.FORMAT, POLICY, STRATEGY, FAST, SLOW, MODE, CONTRACTS, MULTIPLIER,
        TICK_SIZE, COMMISSION, SLIPPAGE_TICKS, CAPITAL, BARS_PER_YEAR);
  }

  /**
   * Parses the shared options with single {@code --fast} and {@code --slow} windows.
   *
   * @throws UsageException (exit 2) for a missing or malformed option
   */
  static Request parse(Invocation invocation) {
    int fast = wholeNumber(invocation, FAST, null, 1);
    int slow = wholeNumber(invocation, SLOW, null, 1);
    if (fast >= slow) {
      throw new UsageException(String.format(Locale.ROOT, "--fast (%d) must be shorter than --slow (%d)", fast,
          slow), invocation.commandPath());
    }
    return new Request(barsFile(invocation), FuturesBarFiles.format(invocation),
        FuturesBarFiles.policy(invocation, POLICY, ValidationPolicy.STRICT), params(invocation, fast, slow));
  }

  /** The bar file as typed (required). */
  static String barsFile(Invocation invocation) {
    return invocation.value(BARS).orElseThrow(() -> new UsageException("missing " + BARS.synopsis(),
        invocation.commandPath()));
  }

  /**
   * The strategy and account parameters with the given windows ({@code --fast}/{@code --slow}
   * are not read: the sweep passes each combination's).
   *
   * @throws UsageException (exit 2) for a malformed option or an unknown strategy
   */
  static SmaCrossParams params(Invocation invocation, int fast, int slow) {
    String strategy = invocation.value(STRATEGY).orElse(SMA_CROSS).trim().toLowerCase(Locale.ROOT);
    if (!strategy.equals(SMA_CROSS)) {
      throw new UsageException("--strategy must be sma-cross but was '" + strategy + "'", invocation.commandPath());
    }
    SmaCrossParams.Mode mode;
    try {
      mode = SmaCrossParams.Mode.parse(invocation.value(MODE).orElse("long-short"));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--mode must be long-short or long-only but was '"
          + invocation.value(MODE).orElse("") + "'", invocation.commandPath());
    }
    int contracts = wholeNumber(invocation, CONTRACTS, "1", 1);
    double multiplier = number(invocation, MULTIPLIER, "50", false);
    double tick = number(invocation, TICK_SIZE, "0.25", false);
    double commission = number(invocation, COMMISSION, "0", true);
    int slippage = wholeNumber(invocation, SLIPPAGE_TICKS, "0", 0);
    double capital = number(invocation, CAPITAL, "100000", false);
    double barsPerYear = number(invocation, BARS_PER_YEAR, "252", false);
    return new SmaCrossParams(fast, slow, mode, contracts, multiplier, tick, commission, slippage, capital,
        barsPerYear);
  }

  /**
   * Loads the request's bars under its policy.
   *
   * @throws BadInputException (exit 1) if the file cannot be read, fails strict validation, or has
   *     fewer than 2 bars
   */
  static BarSeries loadBars(Request request, CliContext context) {
    BarSeries bars;
    try {
      bars = FuturesBarFiles.loadSeries(request.barsTyped(), context.resolve(request.barsTyped()), request.format(),
          request.policy()).series();
    } catch (BarValidationException e) {
      throw new BadInputException(request.barsTyped() + ": nothing run (--policy skip drops inconsistent bars, "
          + "--policy repair fixes them): " + e.getMessage(), e);
    }
    if (bars.size() < 2) {
      throw new BadInputException(request.barsTyped() + " has " + bars.size() + " usable bar(s); a backtest needs 2");
    }
    return bars;
  }

  /** A whole number {@code >= min}; {@code fallback} null means required. */
  static int wholeNumber(Invocation invocation, OptionSpec option, String fallback, int min) {
    String text = value(invocation, option, fallback);
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= min) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(String.format(Locale.ROOT, "%s must be a whole number >= %d but was '%s'",
        option.name(), min, text), invocation.commandPath());
  }

  private static double number(Invocation invocation, OptionSpec option, String fallback, boolean zeroAllowed) {
    String text = value(invocation, option, fallback);
    try {
      double value = Double.parseDouble(text.trim());
      if (Double.isFinite(value) && (value > 0 || zeroAllowed && value == 0)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(String.format(Locale.ROOT, "%s must be a number %s 0 but was '%s'", option.name(),
        zeroAllowed ? ">=" : ">", text), invocation.commandPath());
  }

  private static String value(Invocation invocation, OptionSpec option, String fallback) {
    return invocation.value(option).or(() -> java.util.Optional.ofNullable(fallback))
        .orElseThrow(() -> new UsageException("missing " + option.synopsis(), invocation.commandPath()));
  }
}
