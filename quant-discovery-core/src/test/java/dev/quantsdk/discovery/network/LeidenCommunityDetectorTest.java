package dev.quantsdk.discovery.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LeidenCommunityDetectorTest extends CommunityDetectorContractTest {

  @Override
  CommunityDetector detector(long seed) {
    return LeidenCommunityDetector.of(seed);
  }

  @Test
  void of_reportsItsParameters_andRejectsBadOnes() {
    LeidenCommunityDetector leiden = LeidenCommunityDetector.of(1.0, 3, 2, 4L);

    assertThat(leiden.detect(KarateClub.graph()).parameters())
        .containsEntry("resolution", "1.0").containsEntry("randomStarts", "3").containsEntry("seed", "4");
    assertThat(leiden.detect(KarateClub.graph()).algorithm()).isEqualTo("Leiden");
    assertThatThrownBy(() -> LeidenCommunityDetector.of(0.0, 1, 0, 1L))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolution");
  }
}
