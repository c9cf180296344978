package dev.quantsdk.webhooks;

import dev.quantsdk.model.ArgChecker;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * A registered webhook receiver.
 *
 * <p>{@link #toString()} masks the secret; print {@link #secretFingerprint()} to tell secrets
 * apart. Immutable and thread-safe.
 *
 * @param id the endpoint's id
 * @param url where deliveries are POSTed: an absolute {@code http} or {@code https} URL with a host
 * @param secret the shared HMAC secret, at least {@value #MIN_SECRET_LENGTH} characters
 * @param minSeverity the lowest anomaly severity delivered, in [0, 1]
 * @param active whether new anomalies are queued for it and due rows are delivered
 * @param createdAt when it was registered
 */
public record WebhookEndpoint(UUID id, URI url, String secret, double minSeverity, boolean active,
    Instant createdAt) {

  /** The shortest accepted secret, in characters. */
  public static final int MIN_SECRET_LENGTH = 16;

  /** The longest accepted secret, in characters (the column's size). */
  public static final int MAX_SECRET_LENGTH = 500;

  /** The longest accepted URL, in characters (the column's size). */
  public static final int MAX_URL_LENGTH = 2000;

  /**
   * Validates the endpoint.
   *
   * @throws IllegalArgumentException if the URL is not an absolute http(s) URL with a host, the
   *     secret is shorter than {@value #MIN_SECRET_LENGTH} or longer than
   *     {@value #MAX_SECRET_LENGTH} characters, or the severity is outside [0, 1]
   */
  public WebhookEndpoint {
    ArgChecker.notNull(id, "id");
    checkUrl(url);
    checkSecret(secret);
    ArgChecker.inRangeInclusive(minSeverity, 0, 1, "minSeverity");
    ArgChecker.notNull(createdAt, "createdAt");
  }

  static URI checkUrl(URI url) {
    ArgChecker.notNull(url, "url");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    ArgChecker.isTrue((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null,
        "url must be an absolute http or https URL with a host, e.g. https://hooks.example.com/quant,"
            + " but was '%s'", url);
    ArgChecker.isTrue(url.toString().length() <= MAX_URL_LENGTH, "url must have at most %s "
        + "characters but has %s", MAX_URL_LENGTH, url.toString().length());
    return url;
  }

  static String checkSecret(String secret) {
    ArgChecker.notNull(secret, "secret");
    // the message never echoes the secret
    ArgChecker.isTrue(secret.length() >= MIN_SECRET_LENGTH && secret.length() <= MAX_SECRET_LENGTH
        && secret.strip().equals(secret), "secret must have %s to %s characters without leading or "
        + "trailing blanks (for example 64 hex digits from 'openssl rand -hex 32') but has %s",
        MIN_SECRET_LENGTH, MAX_SECRET_LENGTH, secret.length());
    return secret;
  }

  /**
   * A short fingerprint of the secret: {@code sha256:} plus the first 8 hex digits of the SHA-256
   * of its UTF-8 bytes. Enough to tell two secrets apart or to check which one is configured, too
   * short to stand in for it.
   *
   * @return the fingerprint
   */
  public String secretFingerprint() {
    return fingerprint(secret);
  }

  static String fingerprint(String secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(secret.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must provide SHA-256
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "WebhookEndpoint[id=%s, url=%s, secret=%s, minSeverity=%s, "
        + "active=%s, createdAt=%s]", id, url, secretFingerprint(), minSeverity, active, createdAt);
  }
}
