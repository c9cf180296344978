package dev.quantsdk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.importers.DisclosureFormat;
import dev.quantsdk.importers.DisclosureImporter;
import dev.quantsdk.importers.DisclosureReader;
import dev.quantsdk.importers.ImportException;
import dev.quantsdk.importers.ImportResult;
import dev.quantsdk.importers.Rejection;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.Chamber;
import dev.quantsdk.persistence.DatabaseConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * {@code quant import house FILE} and {@code quant import senate FILE}: imports one file of
 * periodic transaction reports into the database and reports the counts.
 *
 * <p>The file must exist and hold a format of the command's chamber (detected from content by
 * {@link DisclosureReader}); otherwise the command fails with exit 1 before touching the database.
 * Rejected rows are part of a successful import (exit 0). With {@code --json} stdout receives one
 * JSON object ({@code source, rows, imported, duplicates, rejected, late_filings, rejections}, the
 * latter holding the first {@value #JSON_REJECTIONS} rejections); without it a short summary.
 * Progress goes to stderr. Immutable and thread-safe.
 */
public final class ImportCommand implements Command {

  /** Prints the result as one JSON object. */
  public static final OptionSpec JSON = OptionSpec.flag("--json",
      "Print one JSON object on stdout (source, rows, imported, duplicates, rejected, late_filings and the "
          + "first 100 rejections with row and reason) instead of a summary.");

  /** The number of rejections listed in the JSON output; the counts are always complete. */
  public static final int JSON_REJECTIONS = 100;

  /** The number of rejections listed in the human-readable summary. */
  static final int SUMMARY_REJECTIONS = 10;

  private static final ArgumentSpec FILE = new ArgumentSpec("FILE",
      "The file to import, relative to the current directory or absolute.");

  private final Chamber chamber;
  private final String name;
  private final String title;

  /**
   * Creates the import command of a chamber.
   *
   * @param chamber the chamber whose reports the command imports
   */
  public ImportCommand(Chamber chamber) {
    this.chamber = ArgChecker.notNull(chamber, "chamber");
    this.name = chamber.name().toLowerCase(Locale.ROOT);
    this.title = chamber == Chamber.HOUSE ? "House" : "Senate";
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String summary() {
    return chamber == Chamber.HOUSE
        ? "Import House periodic transaction reports (House Stock Watcher CSV or JSON)."
        : "Import Senate periodic transaction reports (Senate Stock Watcher JSON).";
  }

  @Override
  public String description() {
    String formats = chamber == Chamber.HOUSE
        ? "House Stock Watcher rows as CSV with a header line, or as a JSON array of objects with the same "
            + "field names."
        : "Senate Stock Watcher daily summaries (a JSON array of filings, each holding its transactions), "
            + "or all_transactions.json (a JSON array of rows naming the senator).";
    return "Imports the " + title + " trades of FILE into the database, creating and migrating the schema "
        + "if needed. The format is detected from the content: " + formats + "\n\n"
        + "Every row ends imported, duplicate (already stored: re-importing a file imports 0 rows) or "
        + "rejected with a reason (a malformed date, type or amount band). Rejected rows do not make the "
        + "import fail. Late filings are accepted rows disclosed more than 45 days after the trade. "
        + "Progress is shown on stderr when it is a terminal, and every 10 seconds for long imports.";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of(FILE);
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(JSON);
  }

  @Override
  public List<String> examples() {
    return chamber == Chamber.HOUSE
        ? List.of("import house samples/data/congress/house_transactions_2020_2022.csv",
            "import house samples/data/congress/house_transactions_2020_2022.csv --json",
            "--db jdbc:postgresql://localhost/quant --db-user quant import house all_transactions.csv")
        : List.of("import senate samples/data/congress/senate_daily_summaries_2012_2020.json",
            "import senate all_transactions.json --json");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    DatabaseConfig database = GlobalOptions.database(invocation, context);
    String typed = invocation.argument(0);
    Path file = context.resolve(typed);
    FuturesBarFiles.checkReadable(typed, file);
    long size = size(typed, file);
    ImportResult result;
    try (CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
        DisclosureReader reader = openReader(typed, bytes)) {
      checkChamber(typed, reader.format());
      ProgressMeter progress = new ProgressMeter(context.err(), context.stderrIsTerminal(), context.nanoClock(),
          "imported", "rows");
      // CSV: one row per line, counted up front (fast); JSON: the share of bytes consumed so far
      OptionalLong csvRows = reader.format() == DisclosureFormat.HOUSE_CSV
          ? OptionalLong.of(Math.max(1, countLines(typed, file) - 1))
          : OptionalLong.empty();
      try (CliDatabase db = CliDatabase.open(database)) {
        DisclosureImporter importer = new DisclosureImporter(db.dataSource(), context.clock());
        result = importer.importRows(reader, file.getFileName().toString(), rows -> progress.update(rows,
            csvRows.isPresent() ? fraction(rows, csvRows.getAsLong()) : fraction(bytes.count(), size)));
      } catch (ImportException e) {
        progress.finish(e.committedRows());
        throw new BadInputException(e.getMessage(), e);
      }
      progress.finish(result.rows());
    } catch (IOException e) {
      throw new BadInputException("cannot read file: " + typed + " (" + e.getMessage() + ")", e);
    }
    if (invocation.flag(JSON)) {
      printJson(result, context.out());
    } else {
      printSummary(typed, result, context.out());
    }
    return ExitStatus.OK;
  }

  private static long size(String typed, Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new BadInputException("cannot read file: " + typed + " (" + e.getMessage() + ")", e);
    }
  }

  /** Counts the line breaks of a file, plus one if the last line has none. */
  static long countLines(String typed, Path file) {
    byte[] buffer = new byte[1 << 16];
    long lines = 0;
    int last = '\n';
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        if (n > 0) {
          last = buffer[n - 1];
        }
      }
    } catch (IOException e) {
      throw new BadInputException("cannot read file: " + typed + " (" + e.getMessage() + ")", e);
    }
    return last == '\n' ? lines : lines + 1;
  }

  private static double fraction(long consumed, long size) {
    return size <= 0 ? 1.0 : Math.min(1.0, (double) consumed / size);
  }

  private static DisclosureReader openReader(String typed, InputStream bytes) {
    try {
      // the reader names the file in its messages as the user typed it
      return DisclosureReader.open(bytes, typed);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("unknown format: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new BadInputException("cannot read file: " + typed + " (" + e.getCause().getMessage() + ")", e);
    }
  }

  private void checkChamber(String typed, DisclosureFormat format) {
    if (format.chamber() != chamber) {
      String other = format.chamber().name().toLowerCase(Locale.ROOT);
      throw new BadInputException(String.format(Locale.ROOT,
          "%s holds %s reports (format %s), not %s ones: use 'quant import %s %s'",
          typed, other.equals("house") ? "House" : "Senate", format, title, other, typed));
    }
  }

  /**
   * Writes the result as one JSON object and a line break.
   *
   * @param result the import result
   * @param out the stream (stdout)
   */
  static void printJson(ImportResult result, PrintStream out) {
    ObjectNode json = CliJson.object();
    json.put("source", result.source());
    json.put("rows", result.rows());
    json.put("imported", result.imported());
    json.put("duplicates", result.duplicates());
    json.put("rejected", result.rejected());
    json.put("late_filings", result.lateFilings());
    ArrayNode rejections = json.putArray("rejections");
    for (Rejection rejection : result.rejections().subList(0, Math.min(JSON_REJECTIONS, result.rejections().size()))) {
      rejections.addObject().put("row", rejection.row()).put("reason", rejection.reason());
    }
    CliJson.print(json, out);
  }

  private static void printSummary(String typed, ImportResult result, PrintStream out) {
    out.printf(Locale.ROOT, "%s (%s): %,d rows%n", typed, result.format(), result.rows());
    out.printf(Locale.ROOT, "  imported      %,10d%n", result.imported());
    out.printf(Locale.ROOT, "  duplicates    %,10d%n", result.duplicates());
    out.printf(Locale.ROOT, "  rejected      %,10d%n", result.rejected());
    out.printf(Locale.ROOT, "  late filings  %,10d  (accepted rows disclosed more than 45 days after the trade)%n",
        result.lateFilings());
    if (!result.rejections().isEmpty()) {
      int shown = Math.min(SUMMARY_REJECTIONS, result.rejections().size());
      out.printf(Locale.ROOT, "Rejected rows (first %d of %,d; --json lists the first %d):%n", shown,
          result.rejected(), JSON_REJECTIONS);
      result.rejections().subList(0, shown).forEach(rejection -> out.println("  " + rejection.reason()));
    }
    out.flush();
  }
}
