package dev.quantsdk.cli;

import dev.quantsdk.jdbc.discovery.JdbcDiscoveryQueries;
import dev.quantsdk.jdbc.discovery.JdbcTradeSource;
import dev.quantsdk.orchestration.discovery.PoliticianRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code quant discoveries}: prints stored discovery results. With {@code --type} one JSON array;
 * without, one JSON object holding an array per type ({@code fourier_cycle}, {@code anomaly},
 * {@code network}, {@code experiment}). Immutable and thread-safe.
 */
final class DiscoveriesCommand implements Command {

  static final List<String> TYPES = List.of("fourier_cycle", "anomaly", "network", "experiment");

  static final OptionSpec POLITICIAN = OptionSpec.valued("--politician", "ID_OR_NAME",
      "Only this politician's results: the stored id, the full name, or a unique part of it.");
  static final OptionSpec TYPE = OptionSpec.valued("--type", "TYPE",
      "One of fourier_cycle, anomaly, network, experiment.").withDefault("all four");
  static final OptionSpec LIMIT = OptionSpec.valued("--limit", "N",
      "At most N results per type (1 to 10000).").withDefault("100");
  static final OptionSpec JSON = OptionSpec.flag("--json",
      "Print JSON (an array, or an object of arrays by type) instead of a summary.");

  @Override
  public String name() {
    return "discoveries";
  }

  @Override
  public String summary() {
    return "Print stored discoveries: cycles, anomalies, the latest network, experiments.";
  }

  @Override
  public String description() {
    return "Prints what 'quant discover' stored. Cycles (strongest first) carry period_days, "
        + "strength, p_value, q_value and confidence; anomalies (most severe first) their severity "
        + "and explanation; the network is the latest stored one, with nodes {politician, "
        + "community, pagerank, betweenness}, edges {a, b, weight, p_value, q_value} and "
        + "modularity; experiments (newest first) their parameters, out-of-sample metrics and "
        + "deployment_ready.";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of();
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(POLITICIAN, TYPE, LIMIT, JSON);
  }

  @Override
  public List<String> examples() {
    return List.of("discoveries --json", "discoveries --type fourier_cycle --limit 10 --json",
        "discoveries --politician \"Nancy Pelosi\" --type anomaly --json");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    List<String> path = List.of(QuantCli.PROGRAM, name());
    Optional<String> type = invocation.value(TYPE);
    if (type.isPresent() && !TYPES.contains(type.get())) {
      throw new UsageException("--type must be one of " + String.join(", ", TYPES) + " but was '"
          + type.get() + "'", path);
    }
    int limit;
    try {
      limit = Integer.parseInt(invocation.value(LIMIT).orElse("100"));
    } catch (NumberFormatException e) {
      throw new UsageException("--limit expects a whole number", path);
    }
    if (limit < 1 || limit > JdbcDiscoveryQueries.MAX_LIMIT) {
      throw new UsageException("--limit must be in 1.." + JdbcDiscoveryQueries.MAX_LIMIT
          + " but was " + limit, path);
    }
    try (CliDatabase db = CliDatabase.open(GlobalOptions.database(invocation, context))) {
      Optional<String> politician = Optional.empty();
      if (invocation.value(POLITICIAN).isPresent()) {
        String key = invocation.value(POLITICIAN).get();
        try {
          politician = Optional.of(new JdbcTradeSource(db.dataSource()).find(key)
              .map(PoliticianRef::id)
              .orElseThrow(() -> new BadInputException("no politician matches '" + key + "'")));
        } catch (IllegalArgumentException e) {
          throw new BadInputException(e.getMessage(), e);
        }
      }
      JdbcDiscoveryQueries q = new JdbcDiscoveryQueries(db.dataSource());
      Map<String, List<Map<String, Object>>> result = new LinkedHashMap<>();
      for (String t : TYPES) {
        if (type.isPresent() && !type.get().equals(t)) {
          continue;
        }
        result.put(t, switch (t) {
          case "fourier_cycle" -> q.patterns("fourier_cycle", politician, limit);
          case "anomaly" -> q.anomalies(politician, limit);
          case "network" -> q.latestNetwork(politician).map(List::of).orElse(List.of());
          default -> politician.isPresent() ? List.of() : q.experiments(limit);
        });
      }
      if (invocation.flag(JSON)) {
        CliJson.print(type.isPresent() ? result.get(type.get()) : result, context.out());
      } else {
        result.forEach((t, rows) -> context.out().printf(Locale.ROOT, "%-14s %d%n", t,
            rows.size()));
        context.out().println("Add --json to print them.");
      }
    }
    return ExitStatus.OK;
  }
}
