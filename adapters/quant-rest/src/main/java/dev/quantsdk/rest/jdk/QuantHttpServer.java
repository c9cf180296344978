package dev.quantsdk.rest.jdk;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.rest.QuantApi;
import dev.quantsdk.rest.RestRequest;
import dev.quantsdk.rest.RestResponse;
import dev.quantsdk.rest.StaticContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link QuantApi} on the JDK's {@code com.sun.net.httpserver.HttpServer}: no
 * dependencies beyond the JDK.
 *
 * <p>Requests run on a bounded pool ({@link Settings#threads()} threads, a queue of
 * {@link Settings#queueCapacity()} exchanges); when both are full the JDK server closes the new
 * connection, so an overloaded server sheds load instead of queueing without bound. Request
 * bodies larger than {@link Settings#maxBodyBytes()} are refused with 413 before they are read
 * completely. Every API body is JSON ({@code application/json; charset=utf-8}); paths outside
 * {@code /api/} and {@code /openapi.json} go to an optional {@link StaticContent} (such as the
 * dashboard's files); {@code HEAD} gets the
 * {@code GET} headers with {@code Content-Length} and no body. {@link #close()} answers new
 * requests 503 ({@code unavailable}) while it lets running exchanges finish for up to
 * {@link Settings#stopGrace()}, then closes the listener and the pool.
 * Loading this class sets the system property {@code sun.net.httpserver.nodelay=true} unless the
 * host set it (the JDK reads it when its first server starts in the JVM): without it every
 * response waits about 40 ms for a delayed ACK.
 *
 * <pre>{@code
 * QuantApi api = QuantApi.create(dataSource, Clock.systemUTC(), QuantApi.Settings.defaults());
 * try (QuantHttpServer server = QuantHttpServer.start(api, QuantHttpServer.Settings.onPort(8080))) {
 *   server.awaitStop();
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class QuantHttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(QuantHttpServer.class);

  /**
   * The JDK server's switch for {@code TCP_NODELAY} on accepted connections. The server writes a
   * response's headers and body in separate segments; with Nagle's algorithm on, the body waits
   * for the client's delayed ACK of the headers (about 40 ms on Linux): measured on loopback with
   * wrk (2 threads, 32 connections, {@code /api/v1/discoveries/recent}), 712 requests/s at a
   * median of 44 ms without it, 7,723 requests/s at 3 ms with it.
   */
  static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

  static {
    // read once by the JDK when its first HttpServer starts; a value set by the host wins
    if (System.getProperty(NODELAY_PROPERTY) == null) {
      System.setProperty(NODELAY_PROPERTY, "true");
    }
  }

  /**
   * The server's settings. Immutable.
   *
   * @param address where to listen; port 0 picks a free port
   * @param threads request threads, at least 1
   * @param queueCapacity exchanges waiting for a thread, at least 1
   * @param maxBodyBytes the largest request body accepted, in bytes, at least 1
   * @param stopGrace how long {@link #close()} waits for running exchanges
   */
  public record Settings(InetSocketAddress address, int threads, int queueCapacity,
      int maxBodyBytes, Duration stopGrace) {

    /** The default request body limit: 64 KiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    /**
     * Validates the settings.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count is not positive or the grace negative
     */
    public Settings {
      ArgChecker.notNull(address, "address");
      ArgChecker.positive(threads, "threads");
      ArgChecker.positive(queueCapacity, "queueCapacity");
      ArgChecker.positive(maxBodyBytes, "maxBodyBytes");
      ArgChecker.isTrue(!stopGrace.isNegative(), "stopGrace must not be negative: %s", stopGrace);
    }

    /**
     * Defaults on a port of every interface: 2 x CPUs threads (at least 4), a queue of 1,024,
     * 64 KiB bodies, 5 s grace.
     *
     * @param port the port, 0 for a free one
     * @return the settings
     */
    public static Settings onPort(int port) {
      return new Settings(new InetSocketAddress(ArgChecker.inRangeInclusive(port, 0, 65535,
          "port")), Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), 1024,
          DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(5));
    }

    /**
     * Defaults on the loopback interface only.
     *
     * @param port the port, 0 for a free one
     * @return the settings
     */
    public static Settings onLoopback(int port) {
      Settings d = onPort(port);
      return new Settings(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
          d.threads, d.queueCapacity, d.maxBodyBytes, d.stopGrace);
    }

    /**
     * A copy with another body limit.
     *
     * @param bytes the limit in bytes
     * @return the settings
     */
    public Settings withMaxBodyBytes(int bytes) {
      return new Settings(address, threads, queueCapacity, bytes, stopGrace);
    }

    /**
     * A copy with another pool size.
     *
     * @param count request threads
     * @return the settings
     */
    public Settings withThreads(int count) {
      return new Settings(address, count, queueCapacity, maxBodyBytes, stopGrace);
    }
  }

  private final QuantApi api;
  private final StaticContent content;
  private final Settings settings;
  private final HttpServer server;
  private final ThreadPoolExecutor pool;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final AtomicInteger active = new AtomicInteger();
  private volatile boolean stopping;
  private final CountDownLatch stop = new CountDownLatch(1);

  private QuantHttpServer(QuantApi api, Settings settings, StaticContent content)
      throws IOException {
    this.api = api;
    this.content = content;
    this.settings = settings;
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), 30,
        TimeUnit.SECONDS, new ArrayBlockingQueue<>(settings.queueCapacity()), r -> {
          Thread t = new Thread(r, "quant-http-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    this.server = HttpServer.create(settings.address(), 0);
    server.createContext("/", this::exchange);
    server.setExecutor(pool);
  }

  /**
   * Binds and starts a server.
   *
   * @param api the API to serve
   * @param settings the settings
   * @return the running server
   * @throws UncheckedIOException if the address cannot be bound
   */
  public static QuantHttpServer start(QuantApi api, Settings settings) {
    return start(api, settings, StaticContent.NONE);
  }

  /**
   * Binds and starts a server that also serves static content: {@code GET} and {@code HEAD}
   * requests outside {@code /api/} and {@code /openapi.json} are answered by {@code content}
   * (a JSON 404 when it has nothing at that path; other methods there are 405).
   *
   * @param api the API to serve
   * @param settings the settings
   * @param content the static files, such as the dashboard
   * @return the running server
   * @throws UncheckedIOException if the address cannot be bound
   */
  public static QuantHttpServer start(QuantApi api, Settings settings, StaticContent content) {
    ArgChecker.notNull(api, "api");
    ArgChecker.notNull(settings, "settings");
    ArgChecker.notNull(content, "content");
    QuantHttpServer s;
    try {
      s = new QuantHttpServer(api, settings, content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + settings.address() + ": "
          + e.getMessage(), e);
    }
    s.server.start();
    LOG.info("Quant API listening on {}", s.address());
    return s;
  }

  /**
   * The bound address (with the actual port when port 0 was asked).
   *
   * @return the address
   */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * The base URL on loopback, such as {@code http://127.0.0.1:8080}.
   *
   * @return the URL
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + address().getPort();
  }

  /**
   * Blocks until {@link #close()} is called (by another thread or a shutdown hook).
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void awaitStop() throws InterruptedException {
    stop.await();
  }

  /**
   * Lets running exchanges finish for up to the grace period (answering new ones 503), then
   * closes the listener and stops the pool. Idempotent.
   */
  @Override
  public void close() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    // drain first, then stop: the JDK 17 server's stop(delay) waits the whole delay even when
    // nothing runs, and stop(0) would cut running exchanges
    stopping = true;
    long deadline = System.nanoTime() + settings.stopGrace().toNanos();
    try {
      while (active.get() > 0 && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.stop(0);
    pool.shutdown();
    try {
      if (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
    stop.countDown();
    LOG.info("Quant API stopped");
  }

  private void exchange(HttpExchange exchange) throws IOException {
    active.incrementAndGet();
    try (exchange) {
      RestResponse response;
      String method = exchange.getRequestMethod();
      try {
        byte[] body = stopping ? null : readBody(exchange);
        if (stopping) {
          response = api.error(503, "unavailable", "the server is stopping");
          exchange.getResponseHeaders().set("Connection", "close");
        } else if (body == null) {
          response = api.error(413, "payload_too_large", "the request body exceeds "
              + settings.maxBodyBytes() + " bytes");
          exchange.getResponseHeaders().set("Connection", "close");
        } else {
          RestRequest request = new RestRequest(method, exchange.getRequestURI().getPath(),
              RestRequest.parseQuery(rawQuery(exchange)), headers(exchange.getRequestHeaders()),
              body);
          response = StaticContent.isApiPath(request.path()) ? api.handle(request)
              : staticResponse(request);
        }
      } catch (IllegalArgumentException e) {
        // a malformed percent escape in the query, or a path that is not absolute
        response = api.error(400, "bad_request", "malformed request: " + e.getMessage());
      }
      send(exchange, method, response);
    } catch (IOException | RuntimeException e) {
      LOG.debug("exchange {} {} aborted: {}", exchange.getRequestMethod(),
          exchange.getRequestURI(), e.toString());
      throw e;
    } finally {
      active.decrementAndGet();
    }
  }

  private RestResponse staticResponse(RestRequest request) {
    String method = request.method();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      RestResponse refused = api.error(405, "method_not_allowed",
          method + " is not allowed on " + request.path() + "; allowed: GET, HEAD");
      Map<String, String> headers = new LinkedHashMap<>(refused.headers());
      headers.put("Allow", "GET, HEAD");
      return new RestResponse(405, headers, refused.body());
    }
    return content.get(request.path()).orElseGet(() -> api.error(404, "not_found",
        "nothing is served at " + request.path()));
  }

  private static String rawQuery(HttpExchange exchange) {
    String q = exchange.getRequestURI().getRawQuery();
    return q == null ? "" : q;
  }

  /** Reads the body, or returns null when it is larger than the limit. */
  private byte[] readBody(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    int limit = settings.maxBodyBytes();
    if (declared != null) {
      try {
        if (Long.parseLong(declared.trim()) > limit) {
          return null;
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Content-Length is not a number: " + declared, e);
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > limit) {
          return null;
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static Map<String, String> headers(Headers headers) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (!e.getValue().isEmpty()) {
        out.put(e.getKey(), e.getValue().get(0));
      }
    }
    return out;
  }

  private static void send(HttpExchange exchange, String method, RestResponse response)
      throws IOException {
    Headers out = exchange.getResponseHeaders();
    response.headers().forEach(out::set);
    int length = response.bodyLength();
    if (method.equals("HEAD") || response.status() == 204 || length == 0) {
      if (method.equals("HEAD")) {
        out.set("Content-Length", Integer.toString(length));
      }
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(response.body());
    }
  }
}
