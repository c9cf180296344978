package dev.quantsdk.discovery.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LouvainCommunityDetectorTest extends CommunityDetectorContractTest {

  @Override
  CommunityDetector detector(long seed) {
    return LouvainCommunityDetector.of(seed);
  }

  @Test
  void detect_namesItsAlgorithm() {
    assertThat(LouvainCommunityDetector.of(1L).detect(KarateClub.graph()).algorithm()).isEqualTo("Louvain");
  }
}
