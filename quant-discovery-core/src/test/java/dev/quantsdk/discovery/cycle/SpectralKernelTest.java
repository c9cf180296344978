package dev.quantsdk.discovery.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpectralKernelTest {

  /**
   * 5-smooth lengths within 2 % below n, listed by hand (Python: all l in [ceil(0.98 n), n]
   * whose only prime factors are 2, 3, 5): 3653 -> {3600 = 2^4 3^2 5^2, 3645 = 3^6 5}, pick the
   * fewer 3s; 2609 -> {2560 = 2^9 5, 2592 = 2^5 3^4}; 730 -> {720, 729 = 3^6}; 33 has none in
   * its window and falls back to 32.
   */
  @ParameterizedTest
  @CsvSource({"3653, 3600", "2609, 2560", "1003, 1000", "730, 720", "256, 256", "33, 32"})
  void fftLength_prefersFastSmoothLengths(int n, int expected) {
    assertThat(SpectralKernel.fftLength(n)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"7.0, 0.7168146928204138", "-4.0, 2.2831853071795862", "3.141592653589793, 3.141592653589793"})
  void wrapAngle_mapsIntoMinusPiToPi(double angle, double expected) {
    // 7 - 2 pi and -4 + 2 pi; pi stays pi (the interval is half-open at -pi)
    assertThat(SpectralKernel.wrapAngle(angle)).isCloseTo(expected, within(1e-12));
  }
}
