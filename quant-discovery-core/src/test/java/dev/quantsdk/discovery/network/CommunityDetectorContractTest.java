package dev.quantsdk.discovery.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CommunityDetector} meets, written once (JGraphT's style) and run by
 * one subclass per implementation.
 */
abstract class CommunityDetectorContractTest {

  /** Published best modularity of the karate club (networkx 3.6.1; Brandes et al. 2008: 0.4198). */
  private static final double KARATE_MODULARITY = 0.419790;
  private static final double MODULARITY_TOLERANCE = 1e-4;
  private static final double PEER_TOLERANCE = 1e-12;
  private static final double NMI_TOLERANCE = 1e-12;

  abstract CommunityDetector detector(long seed);

  @Test
  void detect_findsTheBestKnownPartition_ofTheKarateClub() {
    Graph<Integer, DefaultWeightedEdge> karate = KarateClub.graph();

    CommunityDetector.Result<Integer> result = detector(1L).detect(karate);

    assertThat(result.modularity()).isCloseTo(KARATE_MODULARITY, within(MODULARITY_TOLERANCE));
    assertThat(result.communityCount()).isEqualTo(4);
    assertThat(result.communities()).hasSize(34);
    // the reported modularity agrees with JGraphT's own measurer on the same partition
    List<Set<Integer>> blocks = new ArrayList<>();
    for (int c = 0; c < result.communityCount(); c++) {
      blocks.add(new HashSet<>());
    }
    result.communities().forEach((v, c) -> blocks.get(c).add(v));
    assertThat(new UndirectedModularityMeasurer<>(karate).modularity(blocks))
        .isCloseTo(result.modularity(), within(PEER_TOLERANCE));
  }

  @Test
  void detect_recoversAPlantedPartitionExactly_atMixing0_3() {
    // 8 groups of 60; every node has 14 stubs inside its group and 6 to other groups (mixing
    // 6/20 = 0.3), paired at random (self-loops, duplicates and same-group outside pairs dropped)
    int groups = 8;
    int size = 60;
    int n = groups * size;
    SplittableRandom rnd = new SplittableRandom(11L);
    Set<Long> edges = new java.util.LinkedHashSet<>();
    for (int g = 0; g < groups; g++) {
      int[] stubs = new int[size * 14];
      for (int s = 0; s < stubs.length; s++) {
        stubs[s] = g * size + s / 14;
      }
      pairStubs(stubs, rnd, edges, size, false);
    }
    int[] outside = new int[n * 6];
    for (int s = 0; s < outside.length; s++) {
      outside[s] = s / 6;
    }
    pairStubs(outside, rnd, edges, size, true);
    int[] src = edges.stream().mapToInt(e -> (int) (e >>> 32)).toArray();
    int[] dst = edges.stream().mapToInt(e -> (int) (long) e).toArray();
    double[] weights = new double[src.length];
    java.util.Arrays.fill(weights, 1.0);
    int[] planted = new int[n];
    for (int i = 0; i < n; i++) {
      planted[i] = i / size;
    }

    CommunityDetector.Partition partition = detector(5L).detect(n, src, dst, weights);

    assertThat(partition.communityCount()).isEqualTo(groups);
    assertThat(normalizedMutualInformation(planted, partition.membership())).isCloseTo(1.0, within(NMI_TOLERANCE));
  }

  private static void pairStubs(int[] stubs, SplittableRandom rnd, Set<Long> edges, int size, boolean across) {
    for (int i = stubs.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = stubs[i];
      stubs[i] = stubs[j];
      stubs[j] = t;
    }
    for (int s = 0; s + 1 < stubs.length; s += 2) {
      int a = Math.min(stubs[s], stubs[s + 1]);
      int b = Math.max(stubs[s], stubs[s + 1]);
      if (a != b && (!across || a / size != b / size)) {
        edges.add((long) a << 32 | b);
      }
    }
  }

  @Test
  void detect_isReproducible_forTheSameSeed() {
    Graph<Integer, DefaultWeightedEdge> karate = KarateClub.graph();

    assertThat(detector(9L).detect(karate)).isEqualTo(detector(9L).detect(karate));
  }

  @Test
  void detect_putsEveryNodeAlone_whenThereAreNoEdges() {
    CommunityDetector.Partition p = detector(1L).detect(3, new int[0], new int[0], new double[0]);

    assertThat(p.membership()).containsExactly(0, 1, 2);
    assertThat(p.modularity()).isZero();
  }

  @Test
  void detect_rejectsSelfLoopsAndBadWeights() {
    assertThatThrownBy(() -> detector(1L).detect(2, new int[] {0}, new int[] {0}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("edge 0");
    assertThatThrownBy(() -> detector(1L).detect(2, new int[] {0}, new int[] {1}, new double[] {-1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
    assertThatThrownBy(() -> detector(1L).detect(2, new int[] {0, 1}, new int[] {1, 0}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
  }

  /** NMI = 2 I(X;Y) / (H(X) + H(Y)), computed from the contingency table (Danon et al. 2005). */
  static double normalizedMutualInformation(int[] x, int[] y) {
    int n = x.length;
    Map<Long, Integer> joint = new java.util.HashMap<>();
    Map<Integer, Integer> cx = new java.util.HashMap<>();
    Map<Integer, Integer> cy = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      joint.merge((long) x[i] << 32 | y[i], 1, Integer::sum);
      cx.merge(x[i], 1, Integer::sum);
      cy.merge(y[i], 1, Integer::sum);
    }
    double hx = entropy(cx.values(), n);
    double hy = entropy(cy.values(), n);
    double mi = 0;
    for (Map.Entry<Long, Integer> e : joint.entrySet()) {
      int a = (int) (e.getKey() >>> 32);
      int b = (int) (long) e.getKey();
      double pxy = (double) e.getValue() / n;
      mi += pxy * Math.log(pxy / ((double) cx.get(a) / n * cy.get(b) / n));
    }
    return hx + hy == 0 ? 1.0 : 2 * mi / (hx + hy);
  }

  private static double entropy(java.util.Collection<Integer> counts, int n) {
    double h = 0;
    for (int c : counts) {
      double p = (double) c / n;
      h -= p * Math.log(p);
    }
    return h;
  }
}
