package dev.quantsdk.discovery.network;

import java.util.Random;
import nl.cwts.networkanalysis.IterativeCPMClusteringAlgorithm;
import nl.cwts.networkanalysis.LeidenAlgorithm;

/**
 * Communities by the Leiden algorithm (Traag, Waltman and van Eck 2019), as implemented by its
 * authors in CWTS {@code networkanalysis} 1.3.0 (MIT): local moving, refinement (which
 * guarantees connected communities) and aggregation, optimising modularity at a resolution
 * parameter. Several random starts from one seeded generator; the best modularity is kept.
 *
 * <p>Immutable and thread-safe (each call builds its own library objects).
 */
public final class LeidenCommunityDetector extends CwtsCommunityDetector {

  /** The default number of random starts. */
  public static final int DEFAULT_RANDOM_STARTS = 10;

  private LeidenCommunityDetector(double resolution, int randomStarts, int iterations, long seed) {
    super(resolution, randomStarts, iterations, seed);
  }

  /**
   * Standard modularity (resolution 1), 10 random starts, each iterated until stable.
   *
   * @param seed the seed of the random generator
   * @return the detector
   */
  public static LeidenCommunityDetector of(long seed) {
    return new LeidenCommunityDetector(1.0, DEFAULT_RANDOM_STARTS, 0, seed);
  }

  /**
   * A detector with every setting given.
   *
   * @param resolution the modularity resolution gamma, &gt; 0 (1 for Newman's modularity)
   * @param randomStarts the number of random starts, &gt; 0
   * @param iterations the Leiden iterations per start, or 0 to iterate until the partition stops
   *     changing
   * @param seed the seed of the random generator
   * @return the detector
   * @throws IllegalArgumentException if a setting is out of range
   */
  public static LeidenCommunityDetector of(double resolution, int randomStarts, int iterations, long seed) {
    return new LeidenCommunityDetector(resolution, randomStarts, iterations, seed);
  }

  @Override
  String algorithm() {
    return "Leiden";
  }

  @Override
  IterativeCPMClusteringAlgorithm newAlgorithm(double cpmResolution, int iterations, Random random) {
    return new LeidenAlgorithm(cpmResolution, iterations, LeidenAlgorithm.DEFAULT_RANDOMNESS, random);
  }
}
