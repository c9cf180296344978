package dev.quantsdk.rest.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.rest.QuantApi;
import dev.quantsdk.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK adapter's own behaviour: graceful stop, body limits without Content-Length. */
class QuantHttpServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SLOW_CONNECTION_MILLIS = 1_500;

  @TempDir
  static Path dir;

  private static QuantDatabase db;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .build();

  @BeforeAll
  static void open() {
    db = QuantDatabase.open(TestDatabases.h2(dir));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void close_letsARunningRequestFinish_answers503Meanwhile_thenRefusesConnections() throws Exception {
    CountDownLatch inHandler = new CountDownLatch(1);
    DataSource slow = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            inHandler.countDown();
            Thread.sleep(SLOW_CONNECTION_MILLIS);
          }
          try {
            return method.invoke(db.dataSource(), args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    QuantHttpServer server = QuantHttpServer.start(QuantApi.create(slow, Clock.systemUTC(),
        QuantApi.Settings.defaults()), QuantHttpServer.Settings.onLoopback(0));
    URI jobs = URI.create(server.baseUrl() + "/api/v1/jobs");
    CompletableFuture<HttpResponse<String>> running = http.sendAsync(
        HttpRequest.newBuilder(jobs).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(inHandler.await(10, TimeUnit.SECONDS)).isTrue();
    long before = System.nanoTime();
    CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
    // while close drains the running request, a new one is told the server is stopping
    TimeUnit.MILLISECONDS.sleep(SLOW_CONNECTION_MILLIS / 5);
    HttpResponse<String> during = http.send(HttpRequest.newBuilder(
        URI.create(server.baseUrl() + "/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(during.statusCode()).isEqualTo(503);
    assertThat(JSON.readTree(during.body()).get("error").asText()).isEqualTo("unavailable");
    closing.get(10, TimeUnit.SECONDS);
    // close waited for the request that was running, which completed normally
    HttpResponse<String> response = running.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("items").isArray()).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
    CompletableFuture<HttpResponse<String>> late = http.sendAsync(
        HttpRequest.newBuilder(jobs).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(late).failsWithin(Duration.ofSeconds(10));
  }

  @Test
  void chunkedBodyAboveTheLimit_is413() throws Exception {
    try (QuantHttpServer server = QuantHttpServer.start(QuantApi.create(db.dataSource(),
        Clock.systemUTC(), QuantApi.Settings.defaults()),
        QuantHttpServer.Settings.onLoopback(0).withMaxBodyBytes(100))) {
      byte[] body = ("{\"investigated_by\": \"" + "x".repeat(200) + "\"}").getBytes(
          java.nio.charset.StandardCharsets.UTF_8);
      // an InputStream publisher has no length: the client sends the body chunked
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
              + "/api/v1/anomalies/123e4567-e89b-12d3-a456-426614174000/investigate"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("payload_too_large");
    }
  }

  @Test
  void staticContent_servesOutsideTheApi_404sWhatItLacks_405sOtherMethods_leavesTheApiAlone()
      throws Exception {
    byte[] page = "<!doctype html><title>t</title>".getBytes(
        java.nio.charset.StandardCharsets.UTF_8);
    dev.quantsdk.rest.StaticContent content = path -> path.equals("/")
        ? java.util.Optional.of(new dev.quantsdk.rest.RestResponse(200,
            java.util.Map.of("Content-Type", "text/html; charset=utf-8"), page))
        : java.util.Optional.empty();
    try (QuantHttpServer server = QuantHttpServer.start(QuantApi.create(db.dataSource(),
        Clock.systemUTC(), QuantApi.Settings.defaults()), QuantHttpServer.Settings.onLoopback(0),
        content)) {
      HttpResponse<String> index = get(server, "/");
      assertThat(index.statusCode()).isEqualTo(200);
      assertThat(index.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
      assertThat(index.body()).isEqualTo("<!doctype html><title>t</title>");
      HttpResponse<String> missing = get(server, "/nothing.js");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("not_found");
      HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
          + "/")).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(405);
      assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
      assertThat(get(server, "/api/v1/jobs").statusCode()).isEqualTo(200);
      assertThat(get(server, "/openapi.json").statusCode()).isEqualTo(200);
    }
  }

  private HttpResponse<String> get(QuantHttpServer server, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
