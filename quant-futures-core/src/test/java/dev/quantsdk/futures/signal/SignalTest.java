package dev.quantsdk.futures.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignalTest {

  @Test
  void of_rejectsADirectionOtherThanMinusOneZeroOne() {
    assertThatThrownBy(() -> Signal.of(new int[] {0, 1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("direction at bar 2 must be -1, 0 or +1 but was 2");
  }

  @Test
  void decidedAtCloseOf_andDecisions_returnTheColumn() {
    int[] column = {0, 1, -1, 1};
    Signal signal = Signal.of(column);
    column[1] = 0;
    assertThat(signal.decidedAtCloseOf(1)).isEqualTo(1);
    assertThat(signal.decisions()).containsExactly(0, 1, -1, 1);
    assertThat(signal.longOnly().decisions()).containsExactly(0, 1, 0, 1);
    assertThat(signal).hasToString("Signal[4 bars: 2 long, 1 short, 1 flat]");
  }

  @Test
  void toPositions_fixed_multipliesDirectionsAndShiftsThemOneBar() {
    PositionSchedule schedule = Signal.of(new int[] {1, 1, -1, 0}).toPositions(Sizing.fixed(3));
    assertThat(schedule.tradablePositions()).containsExactly(0, 3, 3, -3);
    assertThat(schedule.tradableAt(4)).isZero();
  }

  @Test
  void toPositions_volatilityTarget_sizesFromTheDecidingBarsAtr() {
    // 256 bars per year: sqrt = 16. 64,000 / (atr * 50 * 16): atr 20 -> 4, atr 40 -> 2, atr 10 -> 8 capped at 5
    double[] atr = {Double.NaN, 20, 40, 10};
    PositionSchedule schedule = Signal.of(new int[] {1, 1, -1, 1})
        .toPositions(Sizing.volatilityTarget(64_000, atr, 50, 256, 5));
    assertThat(schedule.tradablePositions()).containsExactly(0, 0, 4, -2);
    assertThat(schedule.tradableAt(4)).isEqualTo(5);
  }

  @Test
  void toPositions_rejectsASizingColumnOfAnotherLength() {
    Sizing sizing = Sizing.volatilityTarget(64_000, new double[3], 50, 256, 5);
    assertThatThrownBy(() -> Signal.of(new int[] {1, 1}).toPositions(sizing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sizing covers 3 bars but the signal 2");
  }
}
