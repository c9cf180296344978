package dev.quantsdk.samples.worker;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.worker.WorkerSettings;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the worker host connects and runs, from its command line and environment. Each connection
 * setting comes from its option, else its environment variable ({@value #URL_VARIABLE},
 * {@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}); there is no default credential. The
 * worker settings start from {@link WorkerSettings#defaults(String)}. Immutable and thread-safe;
 * {@link #toString()} never shows the password.
 *
 * @param jdbcUrl the PostgreSQL JDBC URL
 * @param user the login user, a member of the {@code quant_discovery} role
 * @param password the user's password (may be empty for trust authentication)
 * @param settings the worker settings (name, threads, nightly cron and zone, polling)
 * @param runNow whether to schedule today's run (in the settings' zone) at start
 */
public record WorkerHostConfig(String jdbcUrl, String user, String password,
    WorkerSettings settings, boolean runNow) {

  /** The environment variable of the JDBC URL. */
  public static final String URL_VARIABLE = "QUANT_DB_URL";
  /** The environment variable of the user. */
  public static final String USER_VARIABLE = "QUANT_DB_USER";
  /** The environment variable of the password. */
  public static final String PASSWORD_VARIABLE = "QUANT_DB_PASSWORD";

  /** The usage line. */
  public static final String USAGE = "usage: discovery-worker [--url JDBC_URL] [--user USER] "
      + "[--password PASSWORD] [--name NAME] [--threads N] [--cron EXPR] [--zone ZONE] "
      + "[--poll-seconds N] [--run-now]   (URL, user and password also from " + URL_VARIABLE
      + ", " + USER_VARIABLE + ", " + PASSWORD_VARIABLE + ")";

  /**
   * Validates.
   *
   * @throws IllegalArgumentException if the URL is not a PostgreSQL URL or the user is blank
   */
  public WorkerHostConfig {
    ArgChecker.isTrue(jdbcUrl.startsWith("jdbc:postgresql:"), "the JDBC URL must start with "
        + "jdbc:postgresql: (workers share one PostgreSQL database) but was '%s'", jdbcUrl);
    ArgChecker.notBlank(user, "user");
    ArgChecker.notNull(password, "password");
    ArgChecker.notNull(settings, "settings");
  }

  /**
   * Parses a command line against an environment.
   *
   * @param args the arguments
   * @param environment the process environment (passed in for tests)
   * @return the configuration
   * @throws IllegalArgumentException with a message naming the option (and the usage line) if an
   *     argument is unknown or malformed, or the URL or user is given nowhere
   */
  public static WorkerHostConfig parse(List<String> args, Map<String, String> environment) {
    Optional<String> url = env(environment, URL_VARIABLE);
    Optional<String> user = env(environment, USER_VARIABLE);
    String password = env(environment, PASSWORD_VARIABLE).orElse("");
    String name = defaultName();
    int threads = 2;
    String cron = WorkerSettings.DEFAULT_CRON;
    String zone = "UTC";
    int pollSeconds = 5;
    boolean runNow = false;
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      if (option.equals("--run-now")) {
        runNow = true;
        continue;
      }
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException(option + " is unknown or lacks its value\n" + USAGE);
      }
      String value = args.get(++i);
      switch (option) {
        case "--url" -> url = Optional.of(value);
        case "--user" -> user = Optional.of(value);
        case "--password" -> password = value;
        case "--name" -> name = value;
        case "--threads" -> threads = number(option, value);
        case "--cron" -> cron = value;
        case "--zone" -> zone = value;
        case "--poll-seconds" -> pollSeconds = number(option, value);
        default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
      }
    }
    String jdbcUrl = url.orElseThrow(() -> new IllegalArgumentException("no database: pass --url "
        + "JDBC_URL or set " + URL_VARIABLE + "\n" + USAGE));
    String login = user.orElseThrow(() -> new IllegalArgumentException("no database user: pass "
        + "--user USER or set " + USER_VARIABLE + " (a member of the quant_discovery role)\n"
        + USAGE));
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("--zone: unknown time zone '" + zone + "'", e);
    }
    WorkerSettings defaults = WorkerSettings.defaults(name);
    WorkerSettings settings = defaults.withThreads(threads).withSchedule(cron, zoneId)
        .withHeartbeat(Duration.ofSeconds(pollSeconds), defaults.heartbeatInterval(),
            defaults.missedHeartbeatsLimit());
    return new WorkerHostConfig(jdbcUrl, login, password, settings, runNow);
  }

  private static Optional<String> env(Map<String, String> environment, String name) {
    return Optional.ofNullable(environment.get(name)).filter(v -> !v.isEmpty());
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " expects a whole number but was '" + value
          + "'", e);
    }
  }

  /** The default worker name: host name and process id, unique per process. */
  static String defaultName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "WorkerHostConfig[url=%s, user=%s, password=%s, worker=%s, "
        + "threads=%d, cron='%s', zone=%s, runNow=%s]", jdbcUrl.replaceAll("[?;].*", ""), user,
        password.isEmpty() ? "(empty)" : "(hidden)", settings.schedulerName(), settings.threads(),
        settings.nightlyCron(), settings.zone(), runNow);
  }
}
