package dev.quantsdk.futures.optimize;

import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.model.ArgChecker;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid of {@code sma-cross} parameter sets: every (fast, slow) pair of two ranges, with the
 * other parameters taken from a base. Pairs with {@code fast >= slow} are invalid and skipped (and
 * counted in {@link #skipped()}). Immutable and thread-safe.
 *
 * @param fast the fast windows
 * @param slow the slow windows
 * @param base the mode, size, costs and account shared by every combination (its own windows are
 *     ignored)
 */
public record SmaCrossGrid(ParameterRange fast, ParameterRange slow, SmaCrossParams base) {

  /**
   * Validates the grid.
   *
   * @throws IllegalArgumentException if a component is null or no pair has {@code fast < slow}
   */
  public SmaCrossGrid {
    ArgChecker.notNull(fast, "fast");
    ArgChecker.notNull(slow, "slow");
    ArgChecker.notNull(base, "base");
    ArgChecker.isTrue(fast.start() < slow.end(),
        "no valid combination: every fast window (%s) is >= every slow window (%s)", fast, slow);
  }

  /**
   * The valid combinations in parameter order: fast ascending, then slow ascending.
   *
   * @return the parameter sets, never empty
   */
  public List<SmaCrossParams> combinations() {
    List<SmaCrossParams> out = new ArrayList<>();
    for (int f : fast.values()) {
      for (int s : slow.values()) {
        if (f < s) {
          out.add(base.withWindows(f, s));
        }
      }
    }
    return out;
  }

  /**
   * The number of pairs skipped because {@code fast >= slow}.
   *
   * @return the count
   */
  public int skipped() {
    return fast.count() * slow.count() - combinations().size();
  }
}
