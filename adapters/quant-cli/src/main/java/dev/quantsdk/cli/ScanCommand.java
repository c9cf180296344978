package dev.quantsdk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.orchestration.discovery.DiscoveryReport;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code quant scan-politician --id ID_OR_NAME} and {@code quant scan-all [--from DATE --to
 * DATE]}: one discovery run, reported as a run (id, politicians, successes, failures with their
 * reasons, duration) rather than as findings. Same engines and storage as {@code quant discover}.
 * Immutable and thread-safe.
 */
final class ScanCommand implements Command {

  static final OptionSpec ID = OptionSpec.valued("--id", "ID_OR_NAME",
      "The politician: the stored id, the full name, or a unique part of it.");
  static final OptionSpec FROM = DiscoverCommand.FROM;
  static final OptionSpec TO = DiscoverCommand.TO;
  static final OptionSpec JSON = OptionSpec.flag("--json",
      "Print the run as one JSON object: run_id, politicians, succeeded, failed, failures "
          + "[{politician, reason}], duration_ms.");

  private final boolean all;

  private ScanCommand(boolean all) {
    this.all = all;
  }

  static ScanCommand politician() {
    return new ScanCommand(false);
  }

  static ScanCommand everyone() {
    return new ScanCommand(true);
  }

  @Override
  public String name() {
    return all ? "scan-all" : "scan-politician";
  }

  @Override
  public String summary() {
    return all ? "Scan every politician over a window as one recorded run."
        : "Scan one politician as one recorded run.";
  }

  @Override
  public String description() {
    return (all
        ? "Runs the discovery engines over every politician with trades in the window (cycles, "
            + "anomalies, the co-trading network) and stores the results, replacing those of the "
            + "same window. "
        : "Runs the discovery engines (cycles and anomalies) over one politician's trades and "
            + "stores the results, replacing those of the same window. ")
        + "The run is recorded in job_runs with its duration and success rate ('quant jobs'). A "
        + "politician whose analysis fails is listed with the reason while the others are "
        + "stored. A progress bar goes to stderr.";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of();
  }

  @Override
  public List<OptionSpec> options() {
    return all ? List.of(FROM, TO, JSON) : List.of(ID, FROM, TO, JSON);
  }

  @Override
  public List<String> examples() {
    return all ? List.of("scan-all --json", "scan-all --from 2020-01-01 --to 2021-12-31 --json")
        : List.of("scan-politician --id \"Nancy Pelosi\" --json");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    Optional<String> id = all ? Optional.empty() : invocation.value(ID);
    if (!all && id.isEmpty()) {
      throw new UsageException("scan-politician needs --id ID_OR_NAME",
          List.of(QuantCli.PROGRAM, name()));
    }
    Optional<LocalDate> from = DiscoverCommand.date(invocation, FROM, name());
    Optional<LocalDate> to = DiscoverCommand.date(invocation, TO, name());
    DiscoveryReport report = DiscoverCommand.execute(invocation, context, id, from, to,
        Optional.empty());
    if (invocation.flag(JSON)) {
      printJson(report, context.out());
    } else {
      context.out().printf(Locale.ROOT, "Run %s: %d politicians, %d succeeded, %d failed, %d ms.%n",
          report.runId(), report.politicians(), report.succeeded(), report.failed(),
          report.duration().toMillis());
    }
    return ExitStatus.OK;
  }

  static void printJson(DiscoveryReport r, PrintStream out) {
    ObjectNode json = CliJson.object();
    json.put("run_id", r.runId());
    json.put("politicians", r.politicians());
    json.put("succeeded", r.succeeded());
    json.put("failed", r.failed());
    ArrayNode failures = json.putArray("failures");
    for (DiscoveryReport.Failure f : r.failures()) {
      failures.addObject().put("politician", f.politician()).put("reason", f.reason());
    }
    json.put("duration_ms", r.duration().toMillis());
    CliJson.print(json, out);
  }
}
