package dev.quantsdk.webhooks;

import dev.quantsdk.model.ArgChecker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Quant-Signature} header: {@code sha256=} followed by the lower-case hex
 * HMAC-SHA256 of the exact body bytes, keyed with the UTF-8 bytes of the endpoint's secret.
 * Receivers call {@link #verify} on the raw body before parsing it.
 *
 * <p>Stateless and thread-safe.
 */
public final class WebhookSignatures {

  /** The header carrying the signature. */
  public static final String SIGNATURE_HEADER = "X-Quant-Signature";

  /** The header carrying the key that is the same on every attempt of one delivery. */
  public static final String IDEMPOTENCY_HEADER = "X-Quant-Idempotency-Key";

  /** The prefix of the header value naming the algorithm. */
  public static final String PREFIX = "sha256=";

  private static final String ALGORITHM = "HmacSHA256";
  private static final int MAC_BYTES = 32;

  private WebhookSignatures() {
  }

  /**
   * Signs a body.
   *
   * @param secret the endpoint's shared secret, not empty
   * @param body the exact bytes sent
   * @return the header value, {@code sha256=<64 lower-case hex digits>}
   * @throws IllegalArgumentException if the secret is empty
   */
  public static String sign(String secret, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(mac(secret, body));
  }

  /**
   * Checks a received signature in constant time (the comparison does not stop at the first
   * differing byte, so timing reveals nothing about the expected value).
   *
   * @param secret the endpoint's shared secret, not empty
   * @param body the exact bytes received, before any parsing
   * @param header the {@value #SIGNATURE_HEADER} value received; may be null when absent
   * @return true if the header is {@code sha256=} plus the hex HMAC of the body (either hex case)
   * @throws IllegalArgumentException if the secret is empty
   */
  public static boolean verify(String secret, byte[] body, String header) {
    byte[] expected = mac(secret, body);
    if (header == null || !header.startsWith(PREFIX)
        || header.length() != PREFIX.length() + 2 * MAC_BYTES) {
      return false;
    }
    byte[] received;
    try {
      received = HexFormat.of().parseHex(header.substring(PREFIX.length()).toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, received);
  }

  private static byte[] mac(String secret, byte[] body) {
    ArgChecker.notNull(secret, "secret");
    ArgChecker.notNull(body, "body");
    ArgChecker.isTrue(!secret.isEmpty(), "secret must not be empty");
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      // every Java platform must provide HmacSHA256
      throw new IllegalStateException("HmacSHA256 is unavailable: " + e.getMessage(), e);
    }
  }
}
