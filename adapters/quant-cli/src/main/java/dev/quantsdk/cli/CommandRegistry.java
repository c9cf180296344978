package dev.quantsdk.cli;

import dev.quantsdk.model.Chamber;
import java.util.List;

/**
 * The one place where the commands of the {@code quant} CLI are registered. A new command is a
 * class implementing {@link Command} (or a {@link CommandGroup} of them) added to
 * {@link #root()}; parsing, help and exit codes need no other change.
 *
 * <p>Stateless and thread-safe.
 */
public final class CommandRegistry {

  private CommandRegistry() {
  }

  /**
   * Returns the command tree of the {@code quant} program.
   *
   * @return the root group, named {@value QuantCli#PROGRAM}, holding the global options
   */
  public static CommandGroup root() {
    CommandGroup imports = new CommandGroup("import",
        "Import congressional trade disclosures into the database.",
        "Imports a file of periodic transaction reports of one chamber into the database. The format is "
            + "detected from the content; re-importing a file stores nothing twice.",
        List.of(),
        List.of(new ImportCommand(Chamber.HOUSE), new ImportCommand(Chamber.SENATE)),
        List.of("import house samples/data/congress/house_transactions_2020_2022.csv --json"));
    CommandGroup bars = new CommandGroup("bars",
        "Store futures bars and compute their roll dates.",
        "Imports futures bar files (CHRIS daily CSV, Lean zips, generic CSV) into the database and prints the "
            + "roll dates of a roll rule over front- and second-month series.",
        List.of(),
        List.of(new BarsImportCommand(), new BarsRollCommand()),
        List.of("bars import ES1_front_month_daily.csv --symbol ES --policy repair --json",
            "bars roll --front ES1_front_month_daily.csv --next ES2_second_month_daily.csv --rule volume"));
    return new CommandGroup(QuantCli.PROGRAM,
        "The Quant SDK command line.",
        "Quant SDK command line: imports congressional trade disclosures into a database (an embedded H2 "
            + "file under the current directory by default, or PostgreSQL), runs the discovery engines "
            + "over them and prints what they found; stores futures bars, prints their roll dates and writes "
            + "indicator features.",
        GlobalOptions.ALL,
        List.of(imports, new DiscoverCommand(), new DiscoveriesCommand(), ScanCommand.politician(),
            ScanCommand.everyone(), new JobsCommand(), new WorkerCommand(), WebhooksCommand.group(), bars,
            new AnalyzeCommand(),
            new FeaturesCommand(), new BacktestCommand(), new SweepCommand(),
            PaperCommand.group(), new ServeCommand(), new DemoCommand()),
        List.of("import house samples/data/congress/house_transactions_2020_2022.csv",
            "import senate samples/data/congress/senate_daily_summaries_2012_2020.json --json",
            "discover --prices samples/data/stocks --json",
            "discoveries --type fourier_cycle --limit 10 --json",
            "--db jdbc:postgresql://localhost/quant --db-user quant import house all_transactions.csv"));
  }
}
