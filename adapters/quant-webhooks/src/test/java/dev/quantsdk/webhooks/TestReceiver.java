package dev.quantsdk.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A webhook receiver on loopback built on the JDK's HttpServer, as a real receiver would be: it
 * records every request, answers what the test scripts, and processes each idempotency key once
 * (a repeat is acknowledged with 200 but not processed again). It can go down (connection refused)
 * and come back on the same port.
 */
final class TestReceiver implements AutoCloseable {

  /** One request as received. */
  record Request(String path, String key, String signature, int attempt, byte[] body) {
  }

  /** What to answer: an HTTP status, after an optional delay in milliseconds. */
  record Answer(int status, long delayMillis) {
    static Answer status(int status) {
      return new Answer(status, 0);
    }
  }

  final List<Request> requests = new CopyOnWriteArrayList<>();
  /** Keys processed (answered 2xx the first time), with the body processed. */
  final Map<String, byte[]> processed = new ConcurrentHashMap<>();
  /** The most requests the receiver was handling at the same time. */
  final AtomicInteger maxConcurrent = new AtomicInteger();

  private final AtomicInteger concurrent = new AtomicInteger();

  private final int port;
  private volatile Function<Request, Answer> script = r -> Answer.status(200);
  private HttpServer server;
  private ExecutorService executor;

  TestReceiver() {
    start(0);
    this.port = server.getAddress().getPort();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  void answer(Function<Request, Answer> newScript) {
    this.script = newScript;
  }

  /** Stops listening: connections are refused until {@link #up()}. */
  synchronized void down() {
    server.stop(0);
    executor.shutdownNow();
    server = null;
  }

  /** Listens again on the same port. */
  synchronized void up() {
    start(port);
  }

  List<Request> requestsFor(String key) {
    List<Request> out = new ArrayList<>();
    for (Request r : requests) {
      if (r.key().equals(key)) {
        out.add(r);
      }
    }
    return out;
  }

  private synchronized void start(int onPort) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on loopback port " + onPort, e);
    }
    executor = Executors.newFixedThreadPool(16);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    String attempt = exchange.getRequestHeaders().getFirst(WebhookDispatcher.ATTEMPT_HEADER);
    Request request = new Request(exchange.getRequestURI().getPath(),
        String.valueOf(exchange.getRequestHeaders().getFirst(WebhookSignatures.IDEMPOTENCY_HEADER)),
        exchange.getRequestHeaders().getFirst(WebhookSignatures.SIGNATURE_HEADER),
        attempt == null ? -1 : Integer.parseInt(attempt), body);
    requests.add(request);
    maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
    Answer answer = script.apply(request);
    if (answer.delayMillis() > 0) {
      try {
        Thread.sleep(answer.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (answer.status() >= 200 && answer.status() < 300) {
      processed.putIfAbsent(request.key(), body);
    }
    concurrent.decrementAndGet();
    exchange.sendResponseHeaders(answer.status(), -1);
    exchange.close();
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      down();
    }
  }
}
