package dev.quantsdk.samples.mainapp;

import dev.quantsdk.dashboard.DashboardAssets;
import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.futures.jdbc.JdbcBarSource;
import dev.quantsdk.futures.jdbc.JdbcFuturesStore;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.rest.QuantApi;
import dev.quantsdk.rest.jdk.QuantHttpServer;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A standalone host for the Quant SDK: opens the shared database (embedded H2 by default,
 * PostgreSQL with {@code --db}), migrates it, and serves the REST API and the dashboard with the
 * JDK HTTP server until Ctrl-C. Backtest runs are stored in and read from the same database
 * ({@code JdbcFuturesStore}); {@code POST /api/v1/futurequant/backtests} runs on the ES bars
 * stored there ({@code JdbcBarSource}: {@code ES1} the front month, {@code ES2} the second).
 *
 * <pre>
 * java -jar quant-sample-main-app.jar [--h2 DIR] [--port 8080] [--bind 127.0.0.1]
 * java -jar quant-sample-main-app.jar --db jdbc:postgresql://HOST/DB --user USER [--password PW]
 *                                     [--no-migrate]
 * </pre>
 *
 * <p>Credentials can come from the environment instead of the command line (where {@code ps}
 * shows them): {@value #ENV_DB_URL}, {@value #ENV_DB_USER}, {@value #ENV_DB_PASSWORD}; an option
 * wins over its variable. The API key is read only from {@value #ENV_API_KEY} (unset: the API is
 * open, as for the local demo). Exit codes: 0 after Ctrl-C or {@code --help}, 1 when the database
 * or the port cannot be opened, 2 for bad usage.
 */
public final class MainApp {

  /** The JDBC URL variable, used when {@code --db} is absent. */
  public static final String ENV_DB_URL = "QUANT_DB_URL";
  /** The database user variable, used when {@code --user} is absent. */
  public static final String ENV_DB_USER = "QUANT_DB_USER";
  /** The database password variable, used when {@code --password} is absent. */
  public static final String ENV_DB_PASSWORD = "QUANT_DB_PASSWORD";
  /** The API key variable: when set, every {@code /api/v1} call needs {@code X-Api-Key}. */
  public static final String ENV_API_KEY = "QUANT_API_KEY";
  /** The default port. */
  public static final int DEFAULT_PORT = 8080;
  /** The default listening address: this machine only. */
  public static final String DEFAULT_BIND = "127.0.0.1";

  static final String USAGE = String.join("\n",
      "usage: java -jar quant-sample-main-app.jar [options]",
      "  --h2 DIR           embedded H2 database in DIR (default: " + DatabaseConfig.DEFAULT_H2_DIRECTORY
          + ")",
      "  --db URL           a PostgreSQL (or H2) JDBC URL instead, e.g. jdbc:postgresql://localhost/quant"
          + " (env " + ENV_DB_URL + ")",
      "  --user USER        the database user for --db (env " + ENV_DB_USER + ")",
      "  --password PW      the database password for --db (env " + ENV_DB_PASSWORD
          + ", preferred: the command line is visible in ps)",
      "  --no-migrate       connect without running the migrations (a quant_app login)",
      "  --port N           the HTTP port, 0 for a free one (default " + DEFAULT_PORT + ")",
      "  --bind ADDRESS     the address to listen on (default " + DEFAULT_BIND
          + "; 0.0.0.0 for every interface)",
      "  --help             this text",
      "The API key, if any, is read from " + ENV_API_KEY + ".");

  private MainApp() {
  }

  /**
   * What to open and where to listen. Immutable.
   *
   * @param database the database to open
   * @param migrate whether to migrate it first (the schema owner) or only connect
   * @param address where to listen
   * @param apiKey the API key every {@code /api/v1} call must send, if any
   */
  public record Options(DatabaseConfig database, boolean migrate, InetSocketAddress address,
      Optional<String> apiKey) {

    /**
     * Validates the options.
     *
     * @throws NullPointerException if a component is null
     */
    public Options {
      ArgChecker.notNull(database, "database");
      ArgChecker.notNull(address, "address");
      ArgChecker.notNull(apiKey, "apiKey");
    }

    /**
     * Parses the command line, with the environment as a fallback for the database and the
     * source of the API key.
     *
     * @param args the arguments
     * @param env the environment, such as {@link System#getenv()}
     * @return the options
     * @throws IllegalArgumentException with a usage message for bad or missing arguments
     */
    public static Options parse(String[] args, Map<String, String> env) {
      Optional<String> h2 = Optional.empty();
      Optional<String> url = env(env, ENV_DB_URL);
      Optional<String> user = env(env, ENV_DB_USER);
      Optional<String> password = env(env, ENV_DB_PASSWORD);
      boolean urlOption = false;
      boolean migrate = true;
      int port = DEFAULT_PORT;
      String bind = DEFAULT_BIND;
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        switch (option) {
          case "--h2" -> h2 = Optional.of(value(args, ++i, option));
          case "--db" -> {
            url = Optional.of(value(args, ++i, option));
            urlOption = true;
          }
          case "--user" -> user = Optional.of(value(args, ++i, option));
          case "--password" -> password = Optional.of(value(args, ++i, option));
          case "--no-migrate" -> migrate = false;
          case "--port" -> port = port(value(args, ++i, option));
          case "--bind" -> bind = value(args, ++i, option);
          default -> throw new IllegalArgumentException("unknown option: " + option);
        }
      }
      if (h2.isPresent() && urlOption) {
        throw new IllegalArgumentException("give either --h2 DIR or --db URL, not both");
      }
      DatabaseConfig database;
      if (h2.isEmpty() && url.isPresent()) {
        String u = user.orElseThrow(() -> new IllegalArgumentException(
            "--db needs --user USER (or " + ENV_DB_USER + ")"));
        database = DatabaseConfig.of(url.get(), u, password.orElse(""));
      } else {
        database = DatabaseConfig.embeddedH2(Path.of(h2.orElse(
            DatabaseConfig.DEFAULT_H2_DIRECTORY)));
      }
      return new Options(database, migrate, new InetSocketAddress(address(bind), port),
          env(env, ENV_API_KEY));
    }

    private static Optional<String> env(Map<String, String> env, String name) {
      return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static int port(String text) {
      try {
        int port = Integer.parseInt(text);
        if (port < 0 || port > 65535) {
          throw new IllegalArgumentException("--port must be in [0, 65535] but was " + text);
        }
        return port;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--port must be a number but was '" + text + "'", e);
      }
    }

    private static InetAddress address(String text) {
      try {
        return InetAddress.getByName(text);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("--bind: unknown address '" + text + "'", e);
      }
    }
  }

  /**
   * A running host: the database and the server. Closing stops the server (letting running
   * requests finish) and then closes the database. Thread-safe.
   */
  public static final class Running implements AutoCloseable {
    private final QuantDatabase database;
    private final QuantHttpServer server;

    private Running(QuantDatabase database, QuantHttpServer server) {
      this.database = database;
      this.server = server;
    }

    /**
     * The server, for its address and for {@link QuantHttpServer#awaitStop()}.
     *
     * @return the server
     */
    public QuantHttpServer server() {
      return server;
    }

    @Override
    public void close() {
      server.close();
      database.close();
    }
  }

  /**
   * Opens the database (migrating it unless told not to) and starts serving the API and the
   * dashboard.
   *
   * @param options what to open and where to listen
   * @return the running host
   * @throws RuntimeException if the database cannot be opened or the address not bound (the
   *     database is closed again)
   */
  public static Running start(Options options) {
    QuantDatabase db = options.migrate() ? QuantDatabase.open(options.database())
        : QuantDatabase.connect(options.database());
    try {
      QuantApi.Settings settings = options.apiKey().map(QuantApi.Settings.defaults()::withApiKey)
          .orElse(QuantApi.Settings.defaults());
      // backtests are stored in and read from the database; POST runs read ES bars imported
      // with `quant bars import` (ES1 the front month, ES2 the second)
      QuantApi api = QuantApi.builder(db.dataSource()).clock(Clock.systemUTC()).settings(settings)
          .futuresStore(new JdbcFuturesStore(db.dataSource()))
          .barSource(JdbcBarSource.builder(db.dataSource())
              .nearby("ES1", FuturesCatalogue.ES, 1).nearby("ES2", FuturesCatalogue.ES, 2).build())
          .build();
      QuantHttpServer.Settings http = QuantHttpServer.Settings.onPort(0);
      QuantHttpServer server = QuantHttpServer.start(api, new QuantHttpServer.Settings(
          options.address(), http.threads(), http.queueCapacity(), http.maxBodyBytes(),
          http.stopGrace()), new DashboardAssets());
      return new Running(db, server);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * Runs the host until Ctrl-C.
   *
   * @param args the command line (see {@link #USAGE})
   */
  public static void main(String[] args) {
    int code = run(args, System.getenv(), System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(USAGE);
      return 0;
    }
    Options options;
    try {
      options = Options.parse(args, env);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    Running running;
    try {
      running = start(options);
    } catch (RuntimeException e) {
      err.println("error: cannot start: " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(running::close, "quant-main-app-stop"));
    InetSocketAddress bound = running.server().address();
    String host = bound.getAddress().isAnyLocalAddress() ? "localhost"
        : bound.getAddress().getHostAddress();
    out.printf(Locale.ROOT, "Quant SDK main app: database %s%n", options.database().jdbcUrl());
    out.printf(Locale.ROOT, "dashboard http://%s:%d/  API http://%s:%d/api/v1  (Ctrl-C to stop)%n",
        host, bound.getPort(), host, bound.getPort());
    try {
      running.server().awaitStop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.close();
    }
    return 0;
  }
}
