package dev.quantsdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  /** The default schedule: 10 s * 2^(n-1), capped at 3600 s (10, 20, 40, ... 2560, then 3600). */
  @ParameterizedTest
  @CsvSource({"1, 10", "2, 20", "3, 40", "4, 80", "5, 160", "6, 320", "7, 640", "8, 1280",
      "9, 2560", "10, 3600", "11, 3600", "1000, 3600"})
  void delayAfter_doublesFromTenSeconds_cappedAtOneHour(int failures, long seconds) {
    assertThat(RetryPolicy.DEFAULT.delayAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void delayAfter_withMultiplierOne_isConstant() {
    RetryPolicy constant = new RetryPolicy(Duration.ofMillis(250), 1.0, Duration.ofMillis(250));
    assertThat(constant.delayAfter(1)).isEqualTo(Duration.ofMillis(250));
    assertThat(constant.delayAfter(50)).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void constructor_refusesZeroDelayShrinkingMultiplierAndLowCap() {
    assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, 2, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialDelay");
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiplier");
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), 2, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDelay");
  }

  @Test
  void delayAfter_refusesZeroFailures() {
    assertThatThrownBy(() -> RetryPolicy.DEFAULT.delayAfter(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failedAttempts");
  }
}
