package dev.quantsdk.cli;

import dev.quantsdk.jdbc.discovery.JdbcDiscoveryQueries;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code quant jobs [--limit N] --json}: recent runs with duration, status, success rate and
 * failures, newest first — the monitoring view of discovery runs. Immutable and thread-safe.
 */
final class JobsCommand implements Command {

  static final OptionSpec LIMIT = OptionSpec.valued("--limit", "N",
      "At most N runs (1 to 10000).").withDefault("20");
  static final OptionSpec KIND = OptionSpec.valued("--kind", "KIND",
      "Only runs of this kind, e.g. discovery.nightly or discovery.nightly.politician (the "
          + "per-politician outcomes of nightly runs, left out otherwise).");
  static final OptionSpec JSON = OptionSpec.flag("--json",
      "Print a JSON array of runs: run_id, kind, status, started_at, finished_at, duration_ms, "
          + "items_ok, items_failed, success_rate, failures.");

  @Override
  public String name() {
    return "jobs";
  }

  @Override
  public String summary() {
    return "List recent runs with duration, status, success rate and failures.";
  }

  @Override
  public String description() {
    return "Lists the most recent runs recorded in job_runs (discover, scan-all, scan-politician, "
        + "the workers' discovery.nightly), "
        + "newest first: status RUNNING, SUCCEEDED (no item failed), PARTIAL (some failed) or "
        + "FAILED (all failed), duration, items ok and failed, success rate, and the recorded "
        + "failures (politician: reason; ...).";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of();
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(LIMIT, KIND, JSON);
  }

  @Override
  public List<String> examples() {
    return List.of("jobs --json", "jobs --limit 5 --json",
        "jobs --kind discovery.nightly.politician --limit 200 --json");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    int limit;
    try {
      limit = Integer.parseInt(invocation.value(LIMIT).orElse("20"));
    } catch (NumberFormatException e) {
      throw new UsageException("--limit expects a whole number", List.of(QuantCli.PROGRAM, name()));
    }
    if (limit < 1 || limit > JdbcDiscoveryQueries.MAX_LIMIT) {
      throw new UsageException("--limit must be in 1.." + JdbcDiscoveryQueries.MAX_LIMIT
          + " but was " + limit, List.of(QuantCli.PROGRAM, name()));
    }
    List<Map<String, Object>> runs;
    try (CliDatabase db = CliDatabase.open(GlobalOptions.database(invocation, context))) {
      runs = new JdbcDiscoveryQueries(db.dataSource()).jobRuns(limit, invocation.value(KIND));
    }
    if (invocation.flag(JSON)) {
      CliJson.print(runs, context.out());
    } else {
      for (Map<String, Object> r : runs) {
        context.out().printf(Locale.ROOT, "%s  %-26s %-9s %8s ms  ok %s  failed %s%n",
            r.get("started_at"), r.get("kind"), r.get("status"), r.get("duration_ms"),
            r.get("items_ok"), r.get("items_failed"));
      }
    }
    return ExitStatus.OK;
  }
}
