package dev.quantsdk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.BarValidationException;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.roll.Adjustment;
import dev.quantsdk.futures.roll.ContinuousSeries;
import dev.quantsdk.futures.roll.ContractSeries;
import dev.quantsdk.futures.roll.RollRule;
import dev.quantsdk.futures.roll.RollSchedule;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code quant bars roll --front FILE --next FILE --rule volume|oi|calendar}: the dates on which a
 * roll rule moves from the front contract to the next one.
 *
 * <p>The two files are the front-month and second-month series of one product (CHRIS ES1 and ES2):
 * for every listed contract C whose life the front file covers up to C's last trading day, the
 * front file's bars since the previous contract's last trading day are C and the next file's bars of
 * those dates are the contract after C; the rule picks the roll date in that window
 * ({@link RollRule}: decided with data of that date only, executed at its close). Windows the files
 * do not cover to the front's expiry are left out. Immutable and thread-safe.
 */
public final class BarsRollCommand implements Command {

  /** The business days before the last trading day of the calendar rule by default. */
  static final int DEFAULT_CALENDAR_DAYS = 6;

  static final OptionSpec FRONT = OptionSpec.valued("--front", "FILE",
      "The front-month series (for example CHRIS ES1). Required.");
  static final OptionSpec NEXT = OptionSpec.valued("--next", "FILE",
      "The second-month series (for example CHRIS ES2). Required.");
  static final OptionSpec RULE = OptionSpec.valued("--rule", "volume|oi|calendar",
      "volume: the first date the next contract trades more; oi: the first date its open interest (as "
          + "published, the previous day's) is larger; calendar: --days business days before the front's last "
          + "trading day (from the catalogue's expiry rule of --symbol). Required.");
  static final OptionSpec DAYS = OptionSpec.valued("--days", "N",
      "Business days before the last trading day, for --rule calendar (6 = the Thursday eight days before an "
          + "ES expiry Friday, CME's equity-index roll date).").withDefault("6");
  static final OptionSpec POLICY = OptionSpec.valued("--policy", "strict|skip|repair", FuturesBarFiles.POLICY_TEXT
      + " repair is the default here: it never changes volume or open interest, which the rules read.")
      .withDefault("repair");
  static final OptionSpec JSON = OptionSpec.flag("--json",
      "Print one JSON object on stdout: symbol, rule and the rolls (date, from, to, from_price, to_price, "
          + "forced).");

  @Override
  public String name() {
    return "roll";
  }

  @Override
  public String summary() {
    return "Print the roll dates of a rule over front- and second-month series.";
  }

  @Override
  public String description() {
    return "Reads the front-month series (--front) and the second-month series (--next) of the --symbol "
        + "product and prints, for every contract whose life the files cover up to its last trading day, the "
        + "date on which --rule rolls from it to the next contract. Each decision uses only bars dated on or "
        + "before the roll date; the position moves at that date's close. A roll marked forced happened "
        + "because the rule never triggered before the front's last trading day. Last trading days come from "
        + "the catalogue's expiry rule (ES: the third Friday of March, June, September, December) on a "
        + "weekends-only calendar.";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of();
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(FRONT, NEXT, RULE, DAYS, FuturesBarFiles.SYMBOL, FuturesBarFiles.FORMAT, POLICY, JSON);
  }

  @Override
  public List<String> examples() {
    return List.of("bars roll --front ES1.csv --next ES2.csv --rule oi --json",
        "bars roll --front ES1.csv --next ES2.csv --rule calendar --days 6 --symbol ES");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    String frontTyped = required(invocation, FRONT);
    String nextTyped = required(invocation, NEXT);
    String ruleText = required(invocation, RULE).toLowerCase(Locale.ROOT);
    RollRule rule = switch (ruleText) {
      case "volume" -> RollRule.volumeCrossover();
      case "oi" -> RollRule.openInterestCrossover();
      case "calendar" -> RollRule.calendar(days(invocation));
      default -> throw new UsageException("--rule must be volume, oi or calendar but was '" + ruleText + "'",
          invocation.commandPath());
    };
    FuturesBarFiles.Format format = FuturesBarFiles.format(invocation);
    ValidationPolicy policy = FuturesBarFiles.policy(invocation, POLICY, ValidationPolicy.REPAIR);
    FuturesBarFiles.SymbolSpec symbol = FuturesBarFiles.symbol(invocation);
    if (symbol.fixed() != null) {
      throw new UsageException("--symbol must name a product (such as ES) here, not one contract",
          invocation.commandPath());
    }
    BarSeries front = load(frontTyped, context, format, policy);
    BarSeries next = load(nextTyped, context, format, policy);
    List<RollSchedule.Roll> rolls = rolls(front, next, symbol, rule);
    if (invocation.flag(JSON)) {
      printJson(symbol.product().root(), ruleText, rolls, context.out());
    } else {
      context.out().printf(Locale.ROOT, "%d rolls of %s by rule %s:%n", rolls.size(), symbol.product().root(),
          ruleText);
      rolls.forEach(roll -> context.out().printf(Locale.ROOT, "%s  %s -> %s  %s -> %s%s%n", roll.date(),
          roll.from().symbol(), roll.to().symbol(), roll.fromPrice(), roll.toPrice(),
          roll.forced() ? "  (forced)" : ""));
      context.out().flush();
    }
    return ExitStatus.OK;
  }

  /**
   * The roll of every contract window the two series cover to the front's last trading day.
   *
   * @param front the front-month series
   * @param next the second-month series
   * @param symbol the product
   * @param rule the rule
   * @return the rolls in date order
   */
  static List<RollSchedule.Roll> rolls(BarSeries front, BarSeries next, FuturesBarFiles.SymbolSpec symbol,
      RollRule rule) {
    List<RollSchedule.Roll> rolls = new ArrayList<>();
    if (front.isEmpty() || next.isEmpty()) {
      return rolls;
    }
    LocalDate lastFront = front.date(front.size() - 1);
    ContractSpec contract = new FuturesBarFiles.SymbolSpec(symbol.product(), null, 1).contractOn(front.date(0));
    LocalDate windowStart = front.date(0);
    while (!contract.lastTradingDay().isAfter(lastFront)) {
      ContractSpec following = symbol.product().contract(symbol.product().nextListed(contract.month()));
      BarSeries frontBars = front.between(windowStart, contract.lastTradingDay());
      BarSeries nextBars = next.between(windowStart, contract.lastTradingDay());
      if (!frontBars.isEmpty() && !nextBars.isEmpty()) {
        try {
          ContinuousSeries stitched = ContinuousSeries.stitch(List.of(new ContractSeries(contract, frontBars),
              new ContractSeries(following, nextBars)), rule, Adjustment.NONE);
          rolls.addAll(stitched.schedule().rolls());
        } catch (IllegalArgumentException e) {
          // no date both series trade in this window: nothing to decide
        }
      }
      windowStart = contract.lastTradingDay().plusDays(1);
      contract = following;
    }
    return rolls;
  }

  private static String required(Invocation invocation, OptionSpec option) {
    return invocation.value(option).orElseThrow(() -> new UsageException(
        "missing " + option.synopsis(), invocation.commandPath()));
  }

  private static int days(Invocation invocation) {
    String text = invocation.value(DAYS).orElse(Integer.toString(DEFAULT_CALENDAR_DAYS));
    try {
      int days = Integer.parseInt(text);
      if (days >= 0) {
        return days;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--days must be a whole number >= 0 but was '" + text + "'", invocation.commandPath());
  }

  private static BarSeries load(String typed, CliContext context, FuturesBarFiles.Format format,
      ValidationPolicy policy) {
    try {
      return FuturesBarFiles.loadSeries(typed, context.resolve(typed), format, policy).series();
    } catch (BarValidationException e) {
      throw new BadInputException(typed + ": " + e.getMessage(), e);
    }
  }

  private static void printJson(String root, String rule, List<RollSchedule.Roll> rolls, PrintStream out) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("symbol", root);
    json.put("rule", rule);
    ArrayNode array = json.putArray("rolls");
    for (RollSchedule.Roll roll : rolls) {
      array.addObject().put("date", roll.date().toString()).put("from", roll.from().symbol())
          .put("to", roll.to().symbol()).put("from_price", roll.fromPrice()).put("to_price", roll.toPrice())
          .put("forced", roll.forced());
    }
    FuturesBarFiles.printJson(json, out);
  }
}
