package dev.quantsdk.cli;

import dev.quantsdk.rest.QuantApi;
import dev.quantsdk.rest.jdk.QuantHttpServer;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * {@code quant serve [--port 8080] [--host 127.0.0.1] [--api-key KEY]}: serves the REST API
 * ({@link QuantApi} on the JDK HTTP server) over the CLI's database until Ctrl-C. Prints the base
 * URL on stdout once listening; Ctrl-C stops accepting, lets running requests finish and closes
 * the database. Immutable and thread-safe.
 */
final class ServeCommand implements Command {

  static final OptionSpec PORT = OptionSpec.valued("--port", "N",
      "The TCP port (0 picks a free one, printed on stdout).").withDefault("8080");
  static final OptionSpec HOST = OptionSpec.valued("--host", "ADDRESS",
      "The address to listen on; 0.0.0.0 for every interface (then set an API key).")
      .withDefault("127.0.0.1");
  static final OptionSpec API_KEY = OptionSpec.valued("--api-key", "KEY",
      "Require this key in the X-Api-Key header of every /api/v1 request.")
      .withEnvironmentVariable("QUANT_API_KEY");

  private final Consumer<Runnable> shutdownHooks;

  /** A command that stops on the JVM's shutdown (Ctrl-C, SIGTERM). */
  ServeCommand() {
    this(hook -> Runtime.getRuntime().addShutdownHook(new Thread(hook, "quant-serve-stop")));
  }

  /**
   * A command that stops when a registered hook runs.
   *
   * @param shutdownHooks registers the action that stops the server
   */
  ServeCommand(Consumer<Runnable> shutdownHooks) {
    this.shutdownHooks = shutdownHooks;
  }

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "Serve the REST API (discoveries, anomalies, jobs, OpenAPI) until Ctrl-C.";
  }

  @Override
  public String description() {
    return "Serves the REST API on the JDK HTTP server over the database: GET "
        + "/api/v1/discoveries/recent, /api/v1/anomalies/critical, "
        + "/api/v1/discoveries/politician/{id}, /api/v1/jobs, the stored futures data under "
        + "/api/v1/futurequant/data (instruments, contracts, a contract's bars), paper accounts "
        + "and orders under /api/v1/futurequant/paper, POST "
        + "/api/v1/anomalies/{id}/investigate and GET /openapi.json (docs/integration.md). "
        + "Listens on 127.0.0.1 unless --host says otherwise; without --api-key (or QUANT_API_KEY) "
        + "every request is allowed. Prints the base URL on stdout when listening.";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of();
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(PORT, HOST, API_KEY);
  }

  @Override
  public List<String> examples() {
    return List.of("serve", "serve --port 9090",
        "serve --host 0.0.0.0 --api-key \"$(openssl rand -base64 32)\"");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    int port = port(invocation.value(PORT).orElse("8080"));
    String hostText = invocation.value(HOST).orElse("127.0.0.1");
    InetAddress host;
    try {
      host = InetAddress.getByName(hostText);
    } catch (UnknownHostException e) {
      throw usage("--host: unknown address '" + hostText + "'");
    }
    Optional<String> apiKey = invocation.value(API_KEY, context.environment());
    if (apiKey.isPresent() && apiKey.get().isBlank()) {
      throw usage("--api-key must not be blank");
    }
    QuantHttpServer.Settings defaults = QuantHttpServer.Settings.onPort(port);
    QuantHttpServer.Settings settings = new QuantHttpServer.Settings(
        new InetSocketAddress(host, port), defaults.threads(), defaults.queueCapacity(),
        defaults.maxBodyBytes(), Duration.ofSeconds(5));
    CliDatabase db = CliDatabase.open(GlobalOptions.database(invocation, context)
        .withMaxPoolSize(settings.threads() + 1));
    CountDownLatch stopped = new CountDownLatch(1);
    try {
      QuantApi api = QuantApi.create(db.dataSource(), context.clock(),
          new QuantApi.Settings(apiKey));
      QuantHttpServer server;
      try {
        server = QuantHttpServer.start(api, settings);
      } catch (UncheckedIOException e) {
        throw new BadInputException(e.getMessage(), e);
      }
      shutdownHooks.accept(() -> {
        server.close();
        stopped.countDown();
      });
      String url = "http://" + (host.isAnyLocalAddress() ? "127.0.0.1" : hostText) + ":"
          + server.address().getPort();
      context.out().println(url);
      context.out().flush();
      context.err().printf(Locale.ROOT, "serving the Quant API at %s/api/v1 (%s); the OpenAPI "
          + "document is %s/openapi.json; Ctrl-C to stop%n", url,
          apiKey.isPresent() ? "X-Api-Key required" : "no API key", url);
      stopped.await();
      context.err().println("server stopped");
      return ExitStatus.OK;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException("serve interrupted before it stopped", e);
    } finally {
      db.close();
    }
  }

  private int port(String text) {
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw usage("--port expects a whole number but was '" + text + "'");
    }
    if (value < 0 || value > 65535) {
      throw usage("--port must be in 0..65535 but was " + value);
    }
    return value;
  }

  private UsageException usage(String message) {
    return new UsageException(message, List.of(QuantCli.PROGRAM, name()));
  }
}
