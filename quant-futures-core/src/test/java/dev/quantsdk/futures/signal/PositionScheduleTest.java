package dev.quantsdk.futures.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PositionScheduleTest {

  @Test
  void tradableAt_isTheDecisionOfThePreviousBar() {
    PositionSchedule schedule = PositionSchedule.ofDecisions(new int[] {2, -1, 0, 3});
    assertThat(schedule.tradableAt(0)).isZero();
    assertThat(schedule.tradableAt(1)).isEqualTo(2);
    assertThat(schedule.tradableAt(2)).isEqualTo(-1);
    assertThat(schedule.tradableAt(3)).isZero();
    assertThat(schedule.tradableAt(4)).as("the position for the bar after the data").isEqualTo(3);
    assertThat(schedule.tradablePositions()).containsExactly(0, 2, -1, 0);
  }

  @Test
  void trades_areTheChangesOfTheTradablePosition() {
    PositionSchedule schedule = PositionSchedule.ofDecisions(new int[] {2, -1, -1, 0});
    assertThat(schedule.trades()).containsExactly(0, 2, -3, 0);
  }

  @Test
  void tradableAt_outsideZeroToSize_throws() {
    PositionSchedule schedule = PositionSchedule.ofDecisions(new int[] {1});
    assertThatThrownBy(() -> schedule.tradableAt(2)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("bar 2 is not in [0, 1]");
    assertThatThrownBy(() -> schedule.tradableAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void ofDecisions_copiesTheArray() {
    int[] decisions = {1, 1};
    PositionSchedule schedule = PositionSchedule.ofDecisions(decisions);
    decisions[0] = 5;
    assertThat(schedule.tradableAt(1)).isEqualTo(1);
    assertThat(schedule).isEqualTo(PositionSchedule.ofDecisions(new int[] {1, 1}));
  }
}
