package dev.quantsdk.discovery.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/** Zachary's karate club from samples/data/oracles (34 members, 78 edges, 0-based ids). */
final class KarateClub {

  private KarateClub() {
  }

  static List<int[]> edges() {
    String dir = System.getProperty("quant.data.dir");
    if (dir == null) {
      throw new IllegalStateException("system property quant.data.dir is not set (surefire sets it)");
    }
    try {
      return Files.readAllLines(Path.of(dir, "oracles", "zachary_karate_edges.tsv")).stream()
          .filter(l -> !l.isBlank())
          .map(l -> l.trim().split("\\s+"))
          .map(f -> new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1])})
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Graph<Integer, DefaultWeightedEdge> graph() {
    Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < 34; v++) {
      g.addVertex(v);
    }
    for (int[] e : edges()) {
      g.addEdge(e[0], e[1]);
    }
    return g;
  }
}
