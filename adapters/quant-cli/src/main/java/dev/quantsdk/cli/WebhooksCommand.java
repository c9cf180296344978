package dev.quantsdk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.webhooks.RetryPolicy;
import dev.quantsdk.webhooks.WebhookDispatcher;
import dev.quantsdk.webhooks.WebhookEndpoint;
import dev.quantsdk.webhooks.WebhookEndpoints;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code quant webhooks add|list|dispatch|disable|enable}: registers receivers of
 * critical-anomaly webhooks, lists them with their delivery state (never their secrets: a
 * fingerprint instead), delivers what is due once (workers do this continuously), and stops or
 * resumes deliveries to a receiver. Immutable and thread-safe.
 */
final class WebhooksCommand {

  static final OptionSpec SECRET = OptionSpec.valued("--secret", "SECRET",
          "The shared HMAC secret (16 to 500 characters); prefer the environment variable, command "
              + "lines are visible to other users.")
      .withEnvironmentVariable("QUANT_WEBHOOK_SECRET");
  static final OptionSpec MIN_SEVERITY = OptionSpec.valued("--min-severity", "S",
      "Deliver anomalies with severity at or above S, in [0, 1].").withDefault("0.8");
  static final OptionSpec BATCH = OptionSpec.valued("--batch", "N",
      "Rows claimed per batch, 1 to " + WebhookDispatcher.MAX_BATCH + ".").withDefault("100");
  static final OptionSpec ADD_JSON = OptionSpec.flag("--json",
      "Print the endpoint as one JSON object: id, url, min_severity, active, created_at, "
          + "secret_fingerprint.");
  static final OptionSpec LIST_JSON = OptionSpec.flag("--json",
      "Print a JSON array of endpoints: id, url, min_severity, active, created_at, "
          + "secret_fingerprint, delivered, pending, failed_attempts, oldest_pending, last_error.");
  static final OptionSpec DISPATCH_JSON = OptionSpec.flag("--json",
      "Print the summary as one JSON object: attempted, delivered, failed, pending.");

  private static final double DEFAULT_MIN_SEVERITY = 0.8;
  private static final int DEFAULT_BATCH = 100;

  private WebhooksCommand() {
  }

  /**
   * The {@code webhooks} group.
   *
   * @return the group with {@code add}, {@code list} and {@code dispatch}
   */
  static CommandGroup group() {
    return new CommandGroup("webhooks",
        "Register webhook receivers of critical anomalies and deliver what is due.",
        "Anomalies stored at or above a receiver's --min-severity are queued for it in the same "
            + "transaction as the anomaly and POSTed as signed JSON (X-Quant-Signature: sha256=<HMAC "
            + "of the body>, X-Quant-Idempotency-Key), retried with exponential back-off until the "
            + "receiver answers 2xx. Workers deliver continuously; 'webhooks dispatch' delivers "
            + "what is due once. See docs/operations.md, section Webhooks.",
        List.of(),
        List.of(new Add(), new ListEndpoints(), new Dispatch(), new Toggle(false),
            new Toggle(true)),
        List.of("webhooks add https://hooks.example.com/quant --secret \"$(openssl rand -hex 32)\"",
            "webhooks list --json", "webhooks dispatch --json"));
  }

  private static List<String> path(String sub) {
    return List.of(QuantCli.PROGRAM, "webhooks", sub);
  }

  private static ObjectNode endpointJson(WebhookEndpoint e) {
    ObjectNode json = CliJson.object();
    json.put("id", e.id().toString());
    json.put("url", e.url().toString());
    json.put("min_severity", e.minSeverity());
    json.put("active", e.active());
    json.put("created_at", e.createdAt().toString());
    json.put("secret_fingerprint", e.secretFingerprint());
    return json;
  }

  /** {@code webhooks add URL --secret SECRET [--min-severity S] [--json]}. */
  private static final class Add implements Command {

    @Override
    public String name() {
      return "add";
    }

    @Override
    public String summary() {
      return "Register a receiver URL with its shared secret and severity threshold.";
    }

    @Override
    public String description() {
      return "Registers a receiver. Every anomaly stored from now on with severity at or above "
          + "--min-severity is queued for it once, including anomalies a later run finds again "
          + "(so the next run over the whole window queues the current critical anomalies). The "
          + "secret is stored as given in the database (protect it like a password); only its "
          + "fingerprint is ever printed.";
    }

    @Override
    public List<ArgumentSpec> arguments() {
      return List.of(new ArgumentSpec("URL", "The receiver's absolute http or https URL."));
    }

    @Override
    public List<OptionSpec> options() {
      return List.of(SECRET, MIN_SEVERITY, ADD_JSON);
    }

    @Override
    public List<String> examples() {
      return List.of("webhooks add https://hooks.example.com/quant --secret \"$SECRET\" "
          + "--min-severity 0.9");
    }

    @Override
    public ExitStatus run(Invocation invocation, CliContext context) {
      URI url;
      try {
        url = new URI(invocation.argument(0));
      } catch (URISyntaxException e) {
        throw new UsageException("URL is not a valid URL: " + e.getMessage(), path(name()));
      }
      String secret = invocation.value(SECRET, context.environment()).orElseThrow(
          () -> new UsageException("webhooks add needs --secret SECRET (or QUANT_WEBHOOK_SECRET)",
              path(name())));
      double minSeverity;
      try {
        minSeverity = invocation.value(MIN_SEVERITY).map(Double::parseDouble)
            .orElse(DEFAULT_MIN_SEVERITY);
      } catch (NumberFormatException e) {
        throw new UsageException("--min-severity expects a number in [0, 1]", path(name()));
      }
      WebhookEndpoint endpoint;
      try (CliDatabase db = CliDatabase.open(GlobalOptions.database(invocation, context))) {
        WebhookEndpoints registry = new WebhookEndpoints(db.dataSource(), context.clock());
        try {
          endpoint = registry.add(url, secret, minSeverity);
        } catch (IllegalArgumentException e) {
          throw new UsageException(e.getMessage(), path(name()));
        }
      }
      if (invocation.flag(ADD_JSON)) {
        CliJson.print(endpointJson(endpoint), context.out());
      } else {
        context.out().printf(Locale.ROOT, "Registered %s as endpoint %s (min severity %s, secret "
            + "%s).%n", endpoint.url(), endpoint.id(), endpoint.minSeverity(),
            endpoint.secretFingerprint());
      }
      return ExitStatus.OK;
    }
  }

  /** {@code webhooks disable ID} and {@code webhooks enable ID}. */
  private static final class Toggle implements Command {

    private final boolean active;

    Toggle(boolean active) {
      this.active = active;
    }

    @Override
    public String name() {
      return active ? "enable" : "disable";
    }

    @Override
    public String summary() {
      return active ? "Resume deliveries to a receiver, its waiting ones included."
          : "Stop deliveries to a receiver; its pending ones wait.";
    }

    @Override
    public String description() {
      return active
          ? "Activates a receiver again: anomalies are queued for it again and its pending "
              + "deliveries go out at their next due time."
          : "Deactivates a receiver: no new anomaly is queued for it and its pending deliveries "
              + "wait (nothing is deleted) until 'webhooks enable'.";
    }

    @Override
    public List<ArgumentSpec> arguments() {
      return List.of(new ArgumentSpec("ID", "The receiver's id, as 'webhooks list' prints it."));
    }

    @Override
    public List<OptionSpec> options() {
      return List.of();
    }

    @Override
    public List<String> examples() {
      return List.of("webhooks " + name() + " 70c43753-7b50-4c07-9054-86da89b32920");
    }

    @Override
    public ExitStatus run(Invocation invocation, CliContext context) {
      UUID id;
      try {
        id = UUID.fromString(invocation.argument(0));
      } catch (IllegalArgumentException e) {
        throw new UsageException("ID must be a receiver id (a UUID) but was '"
            + invocation.argument(0) + "'", path(name()));
      }
      boolean found;
      try (CliDatabase db = CliDatabase.open(GlobalOptions.database(invocation, context))) {
        found = new WebhookEndpoints(db.dataSource(), context.clock()).setActive(id, active);
      }
      if (!found) {
        throw new BadInputException("no webhook receiver has id " + id
            + " (see 'quant webhooks list')");
      }
      context.out().printf(Locale.ROOT, "Receiver %s %s.%n", id, active ? "enabled" : "disabled");
      return ExitStatus.OK;
    }
  }

  /** {@code webhooks list [--json]}. */
  private static final class ListEndpoints implements Command {

    @Override
    public String name() {
      return "list";
    }

    @Override
    public String summary() {
      return "List receivers with their delivery state (secrets as fingerprints).";
    }

    @Override
    public String description() {
      return "Lists the registered receivers, oldest first, with deliveries done and pending, the "
          + "failed attempts of the pending ones, the oldest pending and the last error. Secrets "
          + "are never printed: secret_fingerprint is sha256: plus the first 8 hex digits of the "
          + "secret's SHA-256.";
    }

    @Override
    public List<ArgumentSpec> arguments() {
      return List.of();
    }

    @Override
    public List<OptionSpec> options() {
      return List.of(LIST_JSON);
    }

    @Override
    public List<String> examples() {
      return List.of("webhooks list --json");
    }

    @Override
    public ExitStatus run(Invocation invocation, CliContext context) {
      List<WebhookEndpoints.Status> endpoints;
      try (CliDatabase db = CliDatabase.open(GlobalOptions.database(invocation, context))) {
        endpoints = new WebhookEndpoints(db.dataSource(), context.clock()).list();
      }
      if (invocation.flag(LIST_JSON)) {
        ArrayNode array = CliJson.object().arrayNode();
        for (WebhookEndpoints.Status s : endpoints) {
          ObjectNode json = endpointJson(s.endpoint());
          json.put("delivered", s.delivered());
          json.put("pending", s.pending());
          json.put("failed_attempts", s.failedAttempts());
          json.put("oldest_pending", s.oldestPending().map(Object::toString).orElse(null));
          json.put("last_error", s.lastError().orElse(null));
          array.add(json);
        }
        CliJson.print(array, context.out());
      } else {
        for (WebhookEndpoints.Status s : endpoints) {
          WebhookEndpoint e = s.endpoint();
          context.out().printf(Locale.ROOT, "%s  %s  >= %s  %s  %s  delivered %d  pending %d%s%n",
              e.id(), e.url(), e.minSeverity(), e.active() ? "active" : "inactive",
              e.secretFingerprint(), s.delivered(), s.pending(),
              s.lastError().map(err -> "  last error: " + err).orElse(""));
        }
      }
      return ExitStatus.OK;
    }
  }

  /** {@code webhooks dispatch [--batch N] [--json]}. */
  private static final class Dispatch implements Command {

    @Override
    public String name() {
      return "dispatch";
    }

    @Override
    public String summary() {
      return "Deliver the webhooks that are due now, once.";
    }

    @Override
    public String description() {
      return "POSTs every due delivery once: a 2xx marks it delivered, anything else (another "
          + "status, a timeout, a refused connection) schedules a retry with exponential back-off "
          + "(10 s doubling up to 1 h). Failures are not an error: the summary counts them and "
          + "'webhooks list' shows the last error. Safe to run next to workers.";
    }

    @Override
    public List<ArgumentSpec> arguments() {
      return List.of();
    }

    @Override
    public List<OptionSpec> options() {
      return List.of(BATCH, DISPATCH_JSON);
    }

    @Override
    public List<String> examples() {
      return List.of("webhooks dispatch", "webhooks dispatch --json");
    }

    @Override
    public ExitStatus run(Invocation invocation, CliContext context) {
      int batch;
      try {
        batch = invocation.value(BATCH).map(Integer::parseInt).orElse(DEFAULT_BATCH);
      } catch (NumberFormatException e) {
        throw new UsageException("--batch expects a whole number", path(name()));
      }
      if (batch < 1 || batch > WebhookDispatcher.MAX_BATCH) {
        throw new UsageException("--batch must be in 1.." + WebhookDispatcher.MAX_BATCH
            + " but was " + batch, path(name()));
      }
      WebhookDispatcher.Summary summary;
      long pending;
      try (CliDatabase db = CliDatabase.open(GlobalOptions.database(invocation, context))) {
        WebhookDispatcher dispatcher = new WebhookDispatcher(db.dataSource(),
            WebhookDispatcher.defaultClient(), context.clock(), RetryPolicy.DEFAULT,
            WebhookDispatcher.DEFAULT_REQUEST_TIMEOUT);
        summary = dispatcher.dispatchAllDue(batch);
        pending = new WebhookEndpoints(db.dataSource(), context.clock()).list().stream()
            .mapToLong(WebhookEndpoints.Status::pending).sum();
      }
      if (invocation.flag(DISPATCH_JSON)) {
        ObjectNode json = CliJson.object();
        json.put("attempted", summary.attempted());
        json.put("delivered", summary.delivered());
        json.put("failed", summary.failed());
        json.put("pending", pending);
        CliJson.print(json, context.out());
      } else {
        context.out().printf(Locale.ROOT, "Attempted %d, delivered %d, failed %d; %d pending.%n",
            summary.attempted(), summary.delivered(), summary.failed(), pending);
      }
      return ExitStatus.OK;
    }
  }
}
