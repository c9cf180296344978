package dev.quantsdk.discovery.network;

import dev.quantsdk.discovery.stats.BenjaminiHochberg;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Shared last step of the projections: BH over the tested pairs, keep {@code q <= alpha}. */
final class ProjectionSupport {

  private ProjectionSupport() {
  }

  static List<BipartiteProjection.Edge> keepSignificant(
      BipartiteTradeGraph graph, int[][] pairs, double[] pValues, double alpha) {
    double[] q = BenjaminiHochberg.qValues(pValues);
    List<BipartiteProjection.Edge> kept = new ArrayList<>();
    for (int p = 0; p < q.length; p++) {
      if (q[p] <= alpha) {
        kept.add(new BipartiteProjection.Edge(graph.politician(pairs[0][p]), graph.politician(pairs[1][p]),
            pairs[2][p], pValues[p], q[p]));
      }
    }
    kept.sort(Comparator.comparingDouble(BipartiteProjection.Edge::qValue)
        .thenComparing(BipartiteProjection.Edge::a).thenComparing(BipartiteProjection.Edge::b));
    return kept;
  }
}
