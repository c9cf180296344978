package dev.quantsdk.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyCheckTest {

  @Test
  void withoutKey_everyRequestPasses() {
    ApiKeyCheck open = new ApiKeyCheck(Optional.empty());
    assertThat(open.enabled()).isFalse();
    assertThat(open.permits(Optional.empty())).isTrue();
    assertThat(open.permits(Optional.of("anything"))).isTrue();
  }

  @Test
  void withKey_onlyTheExactKeyPasses() {
    ApiKeyCheck check = new ApiKeyCheck(Optional.of("s3cret"));
    assertThat(check.enabled()).isTrue();
    assertThat(check.permits(Optional.of("s3cret"))).isTrue();
    assertThat(check.permits(Optional.empty())).isFalse();
    assertThat(check.permits(Optional.of(""))).isFalse();
    assertThat(check.permits(Optional.of("s3cre"))).isFalse();
    assertThat(check.permits(Optional.of("s3cret "))).isFalse();
    assertThat(check.permits(Optional.of("S3CRET"))).isFalse();
  }
}
