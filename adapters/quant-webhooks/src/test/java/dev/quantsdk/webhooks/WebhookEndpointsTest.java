package dev.quantsdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.testing.TestDatabases;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookEndpointsTest {

  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T05:00:00Z"),
      ZoneOffset.UTC);

  @TempDir
  Path dir;

  private MigratedDatabase db;
  private WebhookEndpoints endpoints;

  @BeforeEach
  void open() {
    db = new MigratedDatabase(TestDatabases.h2(dir));
    endpoints = new WebhookEndpoints(db.dataSource, CLOCK);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void add_storesTheEndpoint_andListShowsItWithNoDeliveries() {
    WebhookEndpoint added = endpoints.add(URI.create("https://hooks.example.com/quant"), SECRET, 0.8);
    assertThat(endpoints.list()).singleElement().satisfies(s -> {
      assertThat(s.endpoint()).isEqualTo(added);
      assertThat(s.endpoint().createdAt()).isEqualTo(CLOCK.instant());
      assertThat(s.delivered()).isZero();
      assertThat(s.pending()).isZero();
      assertThat(s.oldestPending()).isEmpty();
      assertThat(s.lastError()).isEmpty();
    });
  }

  @Test
  void fingerprint_isTheFirstFourBytesOfTheSecretsSha256_andToStringHidesTheSecret()
      throws Exception {
    WebhookEndpoint added = endpoints.add(URI.create("https://hooks.example.com/quant"), SECRET, 0.8);
    // computed here with the JDK's digest directly, independent of the registry
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(SECRET.getBytes(StandardCharsets.UTF_8));
    assertThat(added.secretFingerprint())
        .isEqualTo("sha256:" + HexFormat.of().formatHex(digest).substring(0, 8));
    assertThat(added.toString()).doesNotContain(SECRET).contains(added.secretFingerprint());
  }

  @Test
  void add_refusesADuplicateUrl_aShortSecret_andANonHttpUrl() {
    endpoints.add(URI.create("https://hooks.example.com/quant"), SECRET, 0.8);
    assertThatThrownBy(() -> endpoints.add(URI.create("https://hooks.example.com/quant"), SECRET, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registered already");
    assertThatThrownBy(() -> endpoints.add(URI.create("https://other.example.com/"), "short", 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret must have 16")
        .hasMessageNotContaining("short");
    assertThatThrownBy(() -> endpoints.add(URI.create("ftp://other.example.com/"), SECRET, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
    assertThatThrownBy(() -> endpoints.add(URI.create("https://other.example.com/"), SECRET, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minSeverity");
    assertThat(endpoints.list()).hasSize(1);
  }

  @Test
  void setActive_switchesTheEndpoint() {
    WebhookEndpoint added = endpoints.add(URI.create("https://hooks.example.com/quant"), SECRET, 0.8);
    assertThat(endpoints.setActive(added.id(), false)).isTrue();
    assertThat(endpoints.list()).singleElement()
        .satisfies(s -> assertThat(s.endpoint().active()).isFalse());
    assertThat(endpoints.setActive(java.util.UUID.randomUUID(), true)).isFalse();
  }
}
