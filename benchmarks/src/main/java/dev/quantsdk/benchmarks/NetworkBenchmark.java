package dev.quantsdk.benchmarks;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.discovery.network.BipartiteProjection;
import dev.quantsdk.discovery.network.BipartiteTradeGraph;
import dev.quantsdk.discovery.network.CoTradingNetworkAnalyzer;
import dev.quantsdk.discovery.network.CommunityDetector;
import dev.quantsdk.discovery.network.LeidenCommunityDetector;
import dev.quantsdk.discovery.network.LouvainCommunityDetector;
import dev.quantsdk.discovery.network.SdsmProjection;
import dev.quantsdk.model.TradeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Co-trading networks, single thread. {@code coTradingNetwork550}: the whole
 * {@link CoTradingNetworkAnalyzer} (bipartite graph, BiCM fit, SDSM p-values and BH, Leiden with
 * 10 starts, PageRank, exact betweenness, clustering, coordinated pairs) on one year of seeded
 * trades by 550 members over 3,000 Zipf-popular tickers (target &lt;= 3 s); {@code sdsm550} the
 * projection alone. {@code leiden100k} / {@code louvain100k}: communities (1 start, iterated until
 * stable) of a planted-partition graph with 100,000 nodes and 1,000,000 edges given as columns
 * (target &lt;= 5 s).
 *
 * <p>Run from the repository root after
 * {@code qmvn -B -ntp -q -pl benchmarks -am package -DskipTests}:
 * {@code java -jar benchmarks/target/benchmarks.jar NetworkBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class NetworkBenchmark {

  private static final int MEMBERS = 550;
  private static final int TICKERS = 3_000;
  private static final int NODES = 100_000;
  private static final int GROUP = 100;
  private static final int EDGES = 1_000_000;
  private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
  private static final LocalDate TO = LocalDate.of(2021, 12, 31);

  private List<DisclosedTrade> trades;
  private BipartiteTradeGraph bipartite;
  private int[] sources;
  private int[] targets;
  private double[] weights;

  /** Builds the seeded trades and the large graph. */
  @Setup
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(2026L);
    trades = zipfTrades(rnd);
    bipartite = BipartiteTradeGraph.fromTrades(trades, FROM, TO);
    plantedPartition(rnd);
  }

  /**
   * The whole co-trading analysis of 550 members.
   *
   * @return the result
   */
  @Benchmark
  public CoTradingNetworkAnalyzer.Result coTradingNetwork550() {
    return CoTradingNetworkAnalyzer.of(7L).analyze(trades, FROM, TO);
  }

  /**
   * The SDSM projection of the 550 x 3,000 graph.
   *
   * @return the projection
   */
  @Benchmark
  public BipartiteProjection.Result sdsm550() {
    return SdsmProjection.of().project(bipartite);
  }

  /**
   * Leiden on 100k nodes / 1M edges.
   *
   * @return the partition
   */
  @Benchmark
  public CommunityDetector.Partition leiden100k() {
    return LeidenCommunityDetector.of(1.0, 1, 0, 7L).detect(NODES, sources, targets, weights);
  }

  /**
   * Louvain on 100k nodes / 1M edges.
   *
   * @return the partition
   */
  @Benchmark
  public CommunityDetector.Partition louvain100k() {
    return LouvainCommunityDetector.of(1.0, 1, 0, 7L).detect(NODES, sources, targets, weights);
  }

  /** 550 members with log-normal activity (median 15 tickers) drawn by Zipf popularity, 1-3 trades each. */
  private static List<DisclosedTrade> zipfTrades(SplittableRandom rnd) {
    double[] cumulative = new double[TICKERS];
    double total = 0;
    for (int k = 0; k < TICKERS; k++) {
      total += 1.0 / (k + 1);
      cumulative[k] = total;
    }
    List<DisclosedTrade> out = new ArrayList<>();
    TradeType[] types = TradeType.values();
    for (int i = 0; i < MEMBERS; i++) {
      double gaussian = Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
      int degree = (int) Math.max(1, Math.min(400, Math.round(15 * Math.exp(gaussian))));
      boolean[] taken = new boolean[TICKERS];
      for (int filled = 0; filled < degree;) {
        int k = Arrays.binarySearch(cumulative, rnd.nextDouble() * total);
        k = k >= 0 ? k : -k - 1;
        if (!taken[k]) {
          taken[k] = true;
          filled++;
          int count = 1 + rnd.nextInt(3);
          for (int t = 0; t < count; t++) {
            LocalDate date = FROM.plusDays(rnd.nextInt(365));
            out.add(new DisclosedTrade("t" + out.size(), "member-" + i, date, Optional.empty(),
                Optional.of("TICK" + k), types[rnd.nextInt(types.length)], Optional.empty()));
          }
        }
      }
    }
    return out;
  }

  /**
   * 1,000 groups of 100 nodes; each node draws 8 partners in its group and 3 anywhere; of the
   * distinct edges a uniform random 1,000,000 are kept (mean degree 20, mixing about 0.27).
   */
  private void plantedPartition(SplittableRandom rnd) {
    long[] keys = new long[NODES * 11];
    int m = 0;
    for (int v = 0; v < NODES; v++) {
      for (int e = 0; e < 11; e++) {
        int u = e < 8 ? v / GROUP * GROUP + rnd.nextInt(GROUP) : rnd.nextInt(NODES);
        if (u != v) {
          keys[m++] = (long) Math.min(u, v) << 32 | Math.max(u, v);
        }
      }
    }
    long[] distinct = Arrays.stream(keys, 0, m).sorted().distinct().toArray();
    for (int i = 0; i < EDGES; i++) {
      int j = i + rnd.nextInt(distinct.length - i);
      long t = distinct[i];
      distinct[i] = distinct[j];
      distinct[j] = t;
    }
    long[] unique = Arrays.copyOf(distinct, EDGES);
    Arrays.sort(unique);
    sources = new int[unique.length];
    targets = new int[unique.length];
    weights = new double[unique.length];
    for (int e = 0; e < unique.length; e++) {
      sources[e] = (int) (unique[e] >>> 32);
      targets[e] = (int) unique[e];
      weights[e] = 1.0;
    }
  }
}
