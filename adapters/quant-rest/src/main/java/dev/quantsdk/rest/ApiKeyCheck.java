package dev.quantsdk.rest;

import dev.quantsdk.model.ArgChecker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Compares a presented API key with the configured one in constant time: both are hashed with
 * SHA-256 and the digests compared with {@link MessageDigest#isEqual}, so the time taken depends
 * neither on the length nor on the position of the first differing character. Without a
 * configured key every request passes. Immutable and thread-safe.
 */
final class ApiKeyCheck {

  private final Optional<byte[]> expected;

  ApiKeyCheck(Optional<String> key) {
    this.expected = ArgChecker.notNull(key, "key").map(ApiKeyCheck::sha256);
  }

  /** Whether a key is configured at all. */
  boolean enabled() {
    return expected.isPresent();
  }

  /** Whether the presented key (the header's value, if sent) is accepted. */
  boolean permits(Optional<String> presented) {
    if (expected.isEmpty()) {
      return true;
    }
    // hash even when absent, so a missing header costs the same as a wrong one
    byte[] got = sha256(presented.orElse(""));
    return MessageDigest.isEqual(expected.get(), got) && presented.isPresent();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
