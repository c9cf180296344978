package dev.quantsdk.futures.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WalkForwardTest {

  @Test
  void splits_rolling_handChecked() {
    // n = 20, train 8, test 4, purge 1, embargo 1: first test starts at 8 + 2 = 10
    List<WalkForward.Split> s = WalkForward.rolling(8, 4, 1, 1).splits(20);
    assertThat(s).containsExactly(
        new WalkForward.Split(0, 8, 10, 14),
        new WalkForward.Split(4, 12, 14, 18),
        new WalkForward.Split(8, 16, 18, 20));
  }

  @Test
  void splits_anchored_growFromZero() {
    List<WalkForward.Split> s = WalkForward.anchored(5, 5, 0, 0).splits(17);
    assertThat(s).containsExactly(
        new WalkForward.Split(0, 5, 5, 10),
        new WalkForward.Split(0, 10, 10, 15),
        new WalkForward.Split(0, 15, 15, 17));
  }

  @Test
  void splits_neverTrainOnOrAfterTest_andTestsTileWithoutOverlap() {
    WalkForward wf = WalkForward.rolling(50, 7, 3, 2);
    List<WalkForward.Split> s = wf.splits(500);
    int expectedStart = 55;
    for (WalkForward.Split split : s) {
      assertThat(split.trainEnd() + 5).isEqualTo(split.testStart());
      assertThat(split.trainLength()).isEqualTo(50);
      assertThat(split.testStart()).isEqualTo(expectedStart);
      expectedStart = split.testEnd();
    }
    assertThat(expectedStart).isEqualTo(500);
  }

  @Test
  void splits_tooFewRows_giveNoFold() {
    assertThat(WalkForward.rolling(10, 5, 2, 0).splits(12)).isEmpty();
  }

  @Test
  void constructor_rejectsBadSizes() {
    assertThatThrownBy(() -> WalkForward.rolling(0, 5, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trainSize");
    assertThatThrownBy(() -> WalkForward.rolling(5, 5, -1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("purge");
  }
}
