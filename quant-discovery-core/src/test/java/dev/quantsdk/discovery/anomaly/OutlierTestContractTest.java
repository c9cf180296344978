package dev.quantsdk.discovery.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every {@link OutlierTest} meets, run once per implementation. */
class OutlierTestContractTest {

  static Stream<Arguments> implementations() {
    return Stream.of(Arguments.of("robust z 3.5", RobustZScore.standard()),
        Arguments.of("GESD r=5 alpha=0.05", GeneralizedEsd.of(5, 0.05)));
  }

  /** 200 seeded standard normals; index 57 replaced by 12 (12 standard deviations out). */
  private static double[] sampleWithOneGrossOutlier() {
    SplittableRandom random = new SplittableRandom(5);
    double[] x = new double[200];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
          * Math.cos(2 * Math.PI * random.nextDouble());
    }
    x[57] = 12.0;
    return x;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void detect_findsAGrossOutlier_andLeavesTheInputUntouched(String name, OutlierTest test) {
    double[] x = sampleWithOneGrossOutlier();
    double[] copy = x.clone();

    OutlierTest.Result result = test.detect(x);

    assertThat(result.outlierIndices()).contains(57);
    assertThat(result.count()).isLessThanOrEqualTo(3);
    assertThat(x).containsExactly(copy);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void detect_findsNothing_inAnEvenlySpacedSample(String name, OutlierTest test) {
    double[] x = new double[50];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }

    assertThat(test.detect(x).count()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("implementations")
  void detect_rejectsNonFiniteValues(String name, OutlierTest test) {
    double[] x = sampleWithOneGrossOutlier();
    x[3] = Double.POSITIVE_INFINITY;

    assertThatThrownBy(() -> test.detect(x)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("values[3]");
  }
}
