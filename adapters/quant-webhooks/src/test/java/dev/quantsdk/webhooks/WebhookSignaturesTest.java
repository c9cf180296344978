package dev.quantsdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignaturesTest {

  /** RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?", HMAC-SHA-256. */
  private static final String RFC4231_CASE2 =
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
  private static final byte[] RFC4231_DATA = "what do ya want for nothing?"
      .getBytes(StandardCharsets.US_ASCII);

  @Test
  void sign_matchesRfc4231TestCase2() {
    assertThat(WebhookSignatures.sign("Jefe", RFC4231_DATA)).isEqualTo("sha256=" + RFC4231_CASE2);
  }

  @Test
  void verify_acceptsThePublishedMac_inEitherHexCase() {
    assertThat(WebhookSignatures.verify("Jefe", RFC4231_DATA, "sha256=" + RFC4231_CASE2)).isTrue();
    assertThat(WebhookSignatures.verify("Jefe", RFC4231_DATA,
        "sha256=" + RFC4231_CASE2.toUpperCase(Locale.ROOT))).isTrue();
  }

  @Test
  void verify_refusesAnotherBodyOrSecret() {
    byte[] tampered = "what do ya want for nothing!".getBytes(StandardCharsets.US_ASCII);
    assertThat(WebhookSignatures.verify("Jefe", tampered, "sha256=" + RFC4231_CASE2)).isFalse();
    assertThat(WebhookSignatures.verify("Jeff", RFC4231_DATA, "sha256=" + RFC4231_CASE2)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sha256=", "sha1=" + RFC4231_CASE2, RFC4231_CASE2,
      "sha256=" + RFC4231_CASE2 + "00", "sha256=zzdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
      "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec384"})
  void verify_refusesMalformedHeaders(String header) {
    assertThat(WebhookSignatures.verify("Jefe", RFC4231_DATA, header)).isFalse();
  }

  @Test
  void verify_refusesAMissingHeader() {
    assertThat(WebhookSignatures.verify("Jefe", RFC4231_DATA, null)).isFalse();
  }

  @Test
  void sign_refusesAnEmptySecret() {
    assertThatThrownBy(() -> WebhookSignatures.sign("", RFC4231_DATA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret");
  }
}
