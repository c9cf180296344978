package dev.quantsdk.discovery.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BipartiteConfigurationModelTest {

  private static final double TOLERANCE = 1e-7;

  @Test
  void fit_givesUniformProbability_forBiregularDegrees() {
    // every member trades 3 of 6 tickers, every ticker has 2 of 4 members: by symmetry p = 1/2
    BipartiteConfigurationModel model = BipartiteConfigurationModel.fit(new int[] {3, 3, 3, 3}, new int[] {2, 2, 2, 2, 2, 2});

    for (int i = 0; i < 4; i++) {
      for (int k = 0; k < 6; k++) {
        assertThat(model.probability(i, k)).isCloseTo(0.5, within(TOLERANCE));
      }
    }
  }

  @Test
  void fit_reproducesBothDegreeSequences_onZipfData() {
    int members = 150;
    int tickers = 800;
    BipartiteTradeGraph graph = BipartiteTradeGraph.ofIndices(members, tickers,
        SyntheticCoTrading.zipfMembers(members, tickers, new SplittableRandom(3L)));

    BipartiteConfigurationModel model = BipartiteConfigurationModel.fit(graph);

    assertThat(model.converged()).isTrue();
    int[] rowDegrees = graph.politicianDegrees();
    int[] colDegrees = graph.tickerDegrees();
    double[] colExpected = new double[tickers];
    for (int i = 0; i < members; i++) {
      double rowExpected = 0;
      for (int k = 0; k < tickers; k++) {
        rowExpected += model.probability(i, k);
        colExpected[k] += model.probability(i, k);
      }
      assertThat(rowExpected).as("member %d", i).isCloseTo(rowDegrees[i], within(1e-6));
    }
    for (int k = 0; k < tickers; k++) {
      assertThat(colExpected[k]).as("ticker %d", k).isCloseTo(colDegrees[k], within(1e-6));
    }
  }

  @Test
  void fit_fixesBoundaryDegrees_atZeroAndOne() {
    // member 0 trades every ticker, member 2 none, ticker 2 is traded by members 0 and 1 only
    int[][] rows = {{0, 1, 2}, {0, 2}, {}, {1}};
    BipartiteTradeGraph graph = BipartiteTradeGraph.ofIndices(4, 3, rows);

    BipartiteConfigurationModel model = BipartiteConfigurationModel.fit(graph);

    for (int k = 0; k < 3; k++) {
      assertThat(model.probability(0, k)).isEqualTo(1.0);
      assertThat(model.probability(2, k)).isEqualTo(0.0);
    }
    double[] colExpected = new double[3];
    for (int i = 0; i < 4; i++) {
      for (int k = 0; k < 3; k++) {
        colExpected[k] += model.probability(i, k);
      }
    }
    assertThat(colExpected[0]).isCloseTo(2.0, within(1e-6));
    assertThat(colExpected[1]).isCloseTo(2.0, within(1e-6));
    assertThat(colExpected[2]).isCloseTo(2.0, within(1e-6));
  }

  @Test
  void fit_rejectsDegreeSequencesOfDifferentTotals() {
    assertThatThrownBy(() -> BipartiteConfigurationModel.fit(new int[] {1, 1}, new int[] {1, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum");
  }
}
