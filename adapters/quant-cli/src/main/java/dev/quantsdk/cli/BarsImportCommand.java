package dev.quantsdk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.futures.bar.BarIssue;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.BarValidationException;
import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.bar.ValidationReport;
import dev.quantsdk.futures.instrument.ContractMonth;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.jdbc.JdbcFuturesBars;
import dev.quantsdk.persistence.DatabaseConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code quant bars import FILE}: loads a futures bar file, validates it and stores the bars in
 * {@code futures_bars} under their real contracts.
 *
 * <p>Prints {@code {"rows", "stored", "skipped", "repaired", "issues": [{"row", "date",
 * "reason"}]}} with {@code --json} (the first {@value #JSON_ISSUES} issues; the counts are
 * complete), a summary otherwise. Under the default policy STRICT an inconsistent file stores
 * nothing and exits 1: the JSON (or the summary) lists the offending rows, stored is 0 and skipped
 * counts the rejected bars (so the count stays complete beyond the listed issues). Re-importing
 * a file rewrites the same rows and adds none. Immutable and thread-safe.
 */
public final class BarsImportCommand implements Command {

  /** The number of issues listed in the JSON output; the counts are always complete. */
  public static final int JSON_ISSUES = 100;

  static final OptionSpec JSON = OptionSpec.flag("--json",
      "Print one JSON object on stdout: rows, stored, skipped, repaired and the first 100 issues with row, "
          + "date and reason.");

  static final OptionSpec POLICY = OptionSpec.valued("--policy", "strict|skip|repair", FuturesBarFiles.POLICY_TEXT
      + " strict is the default: a file with inconsistent rows (the bundled ES1 has 4) stores nothing and "
      + "exits 1, listing them.").withDefault("strict");

  private static final ArgumentSpec FILE = new ArgumentSpec("FILE",
      "The bar file, relative to the current directory or absolute.");

  private static final int SUMMARY_ISSUES = 10;

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String summary() {
    return "Store the futures bars of a file (CHRIS, Lean or CSV) in the database.";
  }

  @Override
  public String description() {
    return "Loads FILE, validates every bar (timestamps ascending; high >= max(open, close), "
        + "low <= min(open, close); volume and open interest >= 0) under --policy and stores the bars in "
        + "futures_bars, each under its real contract: with --symbol ES (or ES1) a bar dated d belongs to the "
        + "first listed contract whose last trading day is on or after d, with ES2 to the one after it, with "
        + "ESZ2019 to that contract; Lean zips name their contracts. Re-importing a file rewrites the same rows "
        + "and adds none. Under strict (the default) a file with inconsistent bars stores nothing and exits 1 "
        + "with every offending row listed; use --policy skip or repair to store the rest.";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of(FILE);
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(FuturesBarFiles.SYMBOL, FuturesBarFiles.FORMAT, POLICY, JSON);
  }

  @Override
  public List<String> examples() {
    return List.of("bars import ES1_front_month_daily.csv --symbol ES --policy repair --json",
        "bars import ES2_second_month_daily.csv --symbol ES2 --policy skip",
        "bars import cme_daily_es_trade.zip --symbol ES --format lean");
  }

  /** What one import did. */
  record Outcome(int rows, int stored, int skipped, int repaired, List<Issue> issues) {
  }

  /** One validation issue as reported. */
  record Issue(long row, String date, String reason) {
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    DatabaseConfig database = GlobalOptions.database(invocation, context);
    FuturesBarFiles.Format format = FuturesBarFiles.format(invocation);
    ValidationPolicy policy = FuturesBarFiles.policy(invocation, POLICY, ValidationPolicy.STRICT);
    FuturesBarFiles.SymbolSpec symbol = FuturesBarFiles.symbol(invocation);
    String typed = invocation.argument(0);
    Path file = context.resolve(typed);
    List<Map.Entry<ContractSpec, ValidatedBars>> fixedContracts = new ArrayList<>();
    ValidatedBars series = null;
    try {
      if (format == FuturesBarFiles.Format.LEAN) {
        SortedMap<ContractMonth, ValidatedBars> contracts = FuturesBarFiles.loadLean(typed, file, policy);
        contracts.forEach((month, bars) -> fixedContracts.add(Map.entry(contract(symbol, month, invocation), bars)));
      } else {
        series = FuturesBarFiles.loadSeries(typed, file, format, policy);
      }
    } catch (BarValidationException e) {
      Outcome refused = outcome(List.of(e.report()), List.of(""), 0);
      print(invocation, context.out(), typed, refused);
      throw new BadInputException(typed + ": nothing stored (--policy skip drops inconsistent bars, --policy "
          + "repair fixes them): " + e.getMessage(), e);
    }
    int stored = 0;
    List<ValidationReport> reports = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    try (CliDatabase db = CliDatabase.open(database)) {
      JdbcFuturesBars store = new JdbcFuturesBars(db.dataSource());
      if (series != null) {
        BarSeries bars = series.series();
        stored += store.store(bars, i -> symbol.contractOn(bars.date(i)));
        reports.add(series.report());
        labels.add("");
      }
      for (Map.Entry<ContractSpec, ValidatedBars> entry : fixedContracts) {
        stored += store.store(entry.getValue().series(), i -> entry.getKey());
        reports.add(entry.getValue().report());
        labels.add(entry.getKey().symbol() + ": ");
      }
    } catch (IllegalStateException refused) {
      throw new BadInputException(refused.getMessage(), refused);
    }
    print(invocation, context.out(), typed, outcome(reports, labels, stored));
    return ExitStatus.OK;
  }

  private static ContractSpec contract(FuturesBarFiles.SymbolSpec symbol, ContractMonth month, Invocation invocation) {
    if (!symbol.product().isListed(month)) {
      throw new UsageException(String.format(Locale.ROOT, "the Lean zip holds %s, which %s does not list: is "
          + "--symbol right?", month, symbol.product().root()), invocation.commandPath());
    }
    return symbol.product().contract(month);
  }

  /** Sums the reports; a non-empty label (a Lean contract) prefixes the reasons of its issues. */
  private static Outcome outcome(List<ValidationReport> reports, List<String> labels, int stored) {
    int rows = 0;
    int skipped = 0;
    int repaired = 0;
    List<Issue> issues = new ArrayList<>();
    for (int r = 0; r < reports.size(); r++) {
      ValidationReport report = reports.get(r);
      rows += report.rowsRead();
      for (BarIssue issue : report.issues()) {
        skipped += issue.resolution() == BarIssue.Resolution.REPAIRED ? 0 : 1;
        repaired += issue.resolution() == BarIssue.Resolution.REPAIRED ? 1 : 0;
        issues.add(new Issue(issue.row(), issue.time(), labels.get(r) + FuturesBarFiles.reason(issue)));
      }
    }
    return new Outcome(rows, stored, skipped, repaired, issues);
  }

  private static void print(Invocation invocation, PrintStream out, String typed, Outcome outcome) {
    if (invocation.flag(JSON)) {
      printJson(outcome, out);
      return;
    }
    out.printf(Locale.ROOT, "%s: %,d rows%n", typed, outcome.rows());
    out.printf(Locale.ROOT, "  stored    %,10d%n", outcome.stored());
    out.printf(Locale.ROOT, "  skipped   %,10d%n", outcome.skipped());
    out.printf(Locale.ROOT, "  repaired  %,10d%n", outcome.repaired());
    if (!outcome.issues().isEmpty()) {
      int shown = Math.min(SUMMARY_ISSUES, outcome.issues().size());
      out.printf(Locale.ROOT, "Issues (first %d of %,d; --json lists the first %d):%n", shown,
          outcome.issues().size(), JSON_ISSUES);
      outcome.issues().subList(0, shown).forEach(issue -> out.printf(Locale.ROOT, "  row %d (%s): %s%n",
          issue.row(), issue.date(), issue.reason()));
    }
    out.flush();
  }

  static void printJson(Outcome outcome, PrintStream out) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("rows", outcome.rows());
    json.put("stored", outcome.stored());
    json.put("skipped", outcome.skipped());
    json.put("repaired", outcome.repaired());
    ArrayNode issues = json.putArray("issues");
    for (Issue issue : outcome.issues().subList(0, Math.min(JSON_ISSUES, outcome.issues().size()))) {
      issues.addObject().put("row", issue.row()).put("date", issue.date()).put("reason", issue.reason());
    }
    FuturesBarFiles.printJson(json, out);
  }
}
