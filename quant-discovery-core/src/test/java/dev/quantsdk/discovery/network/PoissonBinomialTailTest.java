package dev.quantsdk.discovery.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PoissonBinomialTailTest {

  private static final double EXACT_TOLERANCE = 1e-12;
  private static final double APPROXIMATION_TOLERANCE = 2e-3;

  @ParameterizedTest
  @CsvSource({"20, 0.1, 5", "300, 0.01, 8", "7, 0.9, 7", "1000, 0.002, 4"})
  void exactTails_equalCommonsMathBinomial_forOneGroup(int n, double p, int cap) {
    double[] tails = PoissonBinomialTail.exactTails(new double[] {p}, new int[] {n}, 1, cap);

    BinomialDistribution peer = new BinomialDistribution(null, n, p);
    for (int k = 1; k <= cap; k++) {
      assertThat(tails[k]).as("P(X >= %d)", k).isCloseTo(1 - peer.cumulativeProbability(k - 1), within(EXACT_TOLERANCE));
    }
  }

  @Test
  void exactTails_equalEnumerationOfAllOutcomes_forUnequalProbabilities() {
    double[] q = {0.3, 0.05, 0.7, 0.5, 0.01, 0.99};
    int[] sizes = {2, 3, 1, 2, 1, 1};
    // expand to 10 Bernoulli trials and enumerate all 2^10 outcomes
    double[] trials = new double[10];
    int t = 0;
    for (int g = 0; g < q.length; g++) {
      for (int s = 0; s < sizes[g]; s++) {
        trials[t++] = q[g];
      }
    }
    double[] pmf = new double[11];
    for (int mask = 0; mask < 1 << 10; mask++) {
      double prob = 1;
      for (int i = 0; i < 10; i++) {
        prob *= (mask >> i & 1) == 1 ? trials[i] : 1 - trials[i];
      }
      pmf[Integer.bitCount(mask)] += prob;
    }

    double[] tails = PoissonBinomialTail.exactTails(q, sizes, q.length, 6);

    for (int k = 0; k <= 6; k++) {
      double expected = 0;
      for (int j = k; j <= 10; j++) {
        expected += pmf[j];
      }
      assertThat(tails[k]).as("P(X >= %d)", k).isCloseTo(expected, within(EXACT_TOLERANCE));
    }
  }

  @Test
  void refinedNormalTail_isCloseToTheExactTail_whenTheVarianceIsLarge() {
    double[] q = {0.02, 0.1, 0.3, 0.6};
    int[] sizes = {500, 200, 100, 50};
    double mean = 0;
    double variance = 0;
    double third = 0;
    for (int g = 0; g < q.length; g++) {
      mean += sizes[g] * q[g];
      variance += sizes[g] * q[g] * (1 - q[g]);
      third += sizes[g] * q[g] * (1 - q[g]) * (1 - 2 * q[g]);
    }
    double[] exact = PoissonBinomialTail.exactTails(q, sizes, q.length, 110);
    for (int k = 60; k <= 110; k += 10) {
      assertThat(PoissonBinomialTail.refinedNormalTail(k, mean, variance, third))
          .as("P(X >= %d)", k).isCloseTo(exact[k], within(APPROXIMATION_TOLERANCE));
    }
  }
}
