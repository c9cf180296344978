package dev.quantsdk.discovery.network;

import java.util.Random;
import nl.cwts.networkanalysis.IterativeCPMClusteringAlgorithm;
import nl.cwts.networkanalysis.LouvainAlgorithm;

/**
 * Communities by the Louvain algorithm (Blondel et al. 2008), as implemented in CWTS
 * {@code networkanalysis} 1.3.0 (MIT) by the Leiden algorithm's authors: local moving and
 * aggregation, optimising modularity at a resolution parameter. Unlike {@link
 * LeidenCommunityDetector} it may return badly connected communities; kept for comparison.
 * Several random starts from one seeded generator; the best modularity is kept.
 *
 * <p>Immutable and thread-safe (each call builds its own library objects).
 */
public final class LouvainCommunityDetector extends CwtsCommunityDetector {

  /** The default number of random starts. */
  public static final int DEFAULT_RANDOM_STARTS = 10;

  private LouvainCommunityDetector(double resolution, int randomStarts, int iterations, long seed) {
    super(resolution, randomStarts, iterations, seed);
  }

  /**
   * Standard modularity (resolution 1), 10 random starts, each iterated until stable.
   *
   * @param seed the seed of the random generator
   * @return the detector
   */
  public static LouvainCommunityDetector of(long seed) {
    return new LouvainCommunityDetector(1.0, DEFAULT_RANDOM_STARTS, 0, seed);
  }

  /**
   * A detector with every setting given.
   *
   * @param resolution the modularity resolution gamma, &gt; 0 (1 for Newman's modularity)
   * @param randomStarts the number of random starts, &gt; 0
   * @param iterations the Louvain iterations per start, or 0 to iterate until the partition stops
   *     changing
   * @param seed the seed of the random generator
   * @return the detector
   * @throws IllegalArgumentException if a setting is out of range
   */
  public static LouvainCommunityDetector of(double resolution, int randomStarts, int iterations, long seed) {
    return new LouvainCommunityDetector(resolution, randomStarts, iterations, seed);
  }

  @Override
  String algorithm() {
    return "Louvain";
  }

  @Override
  IterativeCPMClusteringAlgorithm newAlgorithm(double cpmResolution, int iterations, Random random) {
    return new LouvainAlgorithm(cpmResolution, iterations, random);
  }
}
