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
  void markToMarket_earnsEachBarsChangeWithThePreviousBarsDecision() {
    // decisions 2, -1, 0, 3 -> held 0, 2, -1, 0; changes (points) _, +4, +2, -5; ES 50 USD/point:
    // bar 1: 2 x 4 x 50 = 400; bar 2: -1 x 2 x 50 = -100; bar 3: 0
    PositionSchedule schedule = PositionSchedule.ofDecisions(new int[] {2, -1, 0, 3});
    assertThat(schedule.markToMarket(new double[] {Double.NaN, 4, 2, -5}, 50)).containsExactly(0, 400, -100, 0);
  }

  @Test
  void markToMarket_aSignalThatPeeksAtItsOwnBar_earnsNothingFromThePeek() {
    // a "perfect" signal decided from bar t's own change: long before up bars, short before down bars;
    // traded one bar later it earns the next change, here always against it
    double[] changes = {0, 1, -1, 1, -1, 1};
    int[] peek = new int[changes.length];
    for (int t = 0; t < changes.length; t++) {
      peek[t] = (int) Math.signum(changes[t]);
    }
    double[] pnl = PositionSchedule.ofDecisions(peek).markToMarket(changes, 1);
    assertThat(pnl).containsExactly(0, 0, -1, -1, -1, -1);
  }

  @Test
  void markToMarket_rejectsAMissingChangeWhileHolding() {
    PositionSchedule schedule = PositionSchedule.ofDecisions(new int[] {1, 1});
    assertThatThrownBy(() -> schedule.markToMarket(new double[] {0, Double.NaN}, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price change at bar 1 is NaN while holding 1 contracts");
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
