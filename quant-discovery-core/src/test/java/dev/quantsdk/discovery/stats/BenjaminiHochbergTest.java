package dev.quantsdk.discovery.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

  private static final double TOL = 1e-12;

  /**
   * Expected values from R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.5), method = "BH")
   * = 0.025 0.05 0.05 0.025 0.5 (hand-checked: m = 5, sorted p = .005 .01 .03 .04 .5,
   * m p / rank = .025 .025 .05 .05 .5, then the running minimum from the top).
   */
  @Test
  void qValues_matchStepUpByHand() {
    double[] q = BenjaminiHochberg.qValues(new double[] {0.01, 0.04, 0.03, 0.005, 0.5});
    assertThat(q[0]).isCloseTo(0.025, within(TOL));
    assertThat(q[1]).isCloseTo(0.05, within(TOL));
    assertThat(q[2]).isCloseTo(0.05, within(TOL));
    assertThat(q[3]).isCloseTo(0.025, within(TOL));
    assertThat(q[4]).isCloseTo(0.5, within(TOL));
  }

  @Test
  void reject_usesQValues() {
    boolean[] r = BenjaminiHochberg.reject(new double[] {0.01, 0.04, 0.03, 0.005, 0.5}, 0.04);
    assertThat(r).containsExactly(true, false, false, true, false);
  }

  @Test
  void qValues_rejectsOutOfRange() {
    assertThatThrownBy(() -> BenjaminiHochberg.qValues(new double[] {0.2, 1.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pValues[1]");
  }
}
