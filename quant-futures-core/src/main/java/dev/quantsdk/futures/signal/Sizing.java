package dev.quantsdk.futures.signal;

import dev.quantsdk.model.ArgChecker;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * How many contracts a full-strength signal decided at a bar's close asks for.
 *
 * <p>{@link #fixed(int)}: always the same number. {@link #volatilityTarget}: the number whose
 * expected annual dollar volatility is at most a target, from the ATR of the deciding bar,
 * <pre>contracts = floor(targetAnnualUsd / (ATR × multiplier × sqrt(barsPerYear)))</pre>
 * clipped to a maximum position (0 while the ATR is in its warm-up or not positive). Both are
 * capped by {@code maxContracts}. Implementations are immutable and thread-safe.
 */
public sealed interface Sizing permits Sizing.Fixed, Sizing.VolatilityTarget {

  /**
   * The contracts for a signal decided at the close of a bar.
   *
   * @param bar the deciding bar
   * @return contracts, &gt;= 0
   */
  int contractsAt(int bar);

  /**
   * The number of bars the sizing is defined over (a column-based sizing), if bounded.
   *
   * @return the number of bars, empty for a sizing valid at every bar
   */
  OptionalInt size();

  /**
   * A fixed number of contracts.
   *
   * @param contracts contracts per full signal, &gt;= 0
   * @return the sizing
   */
  static Sizing fixed(int contracts) {
    return new Fixed(contracts);
  }

  /**
   * Volatility targeting from an ATR column.
   *
   * @param targetAnnualUsd the target annual dollar volatility of the position, &gt; 0
   *     (currency of the contract)
   * @param atr the ATR at each bar, in price points (NaN during warm-up)
   * @param multiplier the contract's currency per point, &gt; 0 (ES: 50)
   * @param barsPerYear bars per year, &gt; 0 (daily: 252)
   * @param maxContracts the maximum position, &gt;= 0
   * @return the sizing
   * @throws IllegalArgumentException if a parameter is out of range
   */
  static Sizing volatilityTarget(double targetAnnualUsd, double[] atr, double multiplier, double barsPerYear,
      int maxContracts) {
    return new VolatilityTarget(targetAnnualUsd, atr, multiplier, barsPerYear, maxContracts);
  }

  /**
   * The volatility-target closed form for one bar:
   * {@code min(maxContracts, floor(targetAnnualUsd / (atr × multiplier × sqrt(barsPerYear))))},
   * 0 when the ATR is NaN or not positive.
   *
   * @param targetAnnualUsd the target annual dollar volatility, &gt; 0
   * @param atr the ATR in points
   * @param multiplier currency per point, &gt; 0
   * @param barsPerYear bars per year, &gt; 0
   * @param maxContracts the maximum position, &gt;= 0
   * @return contracts, in [0, maxContracts]
   */
  static int volatilityTargetContracts(double targetAnnualUsd, double atr, double multiplier, double barsPerYear,
      int maxContracts) {
    if (!(atr > 0) || Double.isInfinite(atr)) {
      return 0;
    }
    double contracts = Math.floor(targetAnnualUsd / (atr * multiplier * Math.sqrt(barsPerYear)));
    return (int) Math.min(maxContracts, contracts);
  }

  /**
   * Always {@code contracts}.
   *
   * @param contracts contracts per full signal, &gt;= 0
   */
  record Fixed(int contracts) implements Sizing {

    /**
     * Validates the count.
     *
     * @throws IllegalArgumentException if contracts is negative
     */
    public Fixed {
      ArgChecker.notNegative(contracts, "contracts");
    }

    @Override
    public int contractsAt(int bar) {
      return contracts;
    }

    @Override
    public OptionalInt size() {
      return OptionalInt.empty();
    }
  }

  /**
   * Volatility targeting: see {@link Sizing#volatilityTargetContracts}. Immutable (the ATR column
   * is copied) and thread-safe.
   */
  final class VolatilityTarget implements Sizing {

    private final double targetAnnualUsd;
    private final double[] atr;
    private final double multiplier;
    private final double barsPerYear;
    private final int maxContracts;

    private VolatilityTarget(double targetAnnualUsd, double[] atr, double multiplier, double barsPerYear,
        int maxContracts) {
      this.targetAnnualUsd = ArgChecker.positive(ArgChecker.finite(targetAnnualUsd, "targetAnnualUsd"),
          "targetAnnualUsd");
      this.atr = ArgChecker.notNull(atr, "atr").clone();
      this.multiplier = ArgChecker.positive(ArgChecker.finite(multiplier, "multiplier"), "multiplier");
      this.barsPerYear = ArgChecker.positive(ArgChecker.finite(barsPerYear, "barsPerYear"), "barsPerYear");
      this.maxContracts = ArgChecker.notNegative(maxContracts, "maxContracts");
    }

    @Override
    public int contractsAt(int bar) {
      return volatilityTargetContracts(targetAnnualUsd, atr[bar], multiplier, barsPerYear, maxContracts);
    }

    @Override
    public OptionalInt size() {
      return OptionalInt.of(atr.length);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "VolatilityTarget[target %.2f per year, multiplier %s, %s bars per year, max %d contracts]",
          targetAnnualUsd, multiplier, barsPerYear, maxContracts);
    }
  }
}
