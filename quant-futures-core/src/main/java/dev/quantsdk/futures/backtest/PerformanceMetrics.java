package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;
import java.util.Locale;

/**
 * The performance metric set of a backtest, computed from a per-bar equity curve and the net
 * P&amp;L of its round trips.
 *
 * <p>Definitions (all O(n), the equity pass is a single loop):
 * <ul>
 *   <li>per-bar return {@code r(t) = E(t) / E(t-1) - 1} for {@code t >= 1};
 *   <li>Sharpe = mean(r) / sample-stdev(r) × sqrt(barsPerYear); Sortino = mean(r) /
 *       sqrt(mean(min(r, 0)^2)) × sqrt(barsPerYear) (downside deviation over all returns, target
 *       0); annual volatility = sample-stdev(r) × sqrt(barsPerYear);
 *   <li>total return = E(end) / E(0) - 1; CAGR = (E(end) / E(0))^(barsPerYear / (n - 1)) - 1
 *       (NaN when equity ends at or below 0);
 *   <li>max drawdown (USD) = the largest fall from a running equity peak; in % of that peak; its
 *       duration = the longest run of bars spent below a previous peak; Calmar = CAGR / max
 *       drawdown fraction;
 *   <li>win rate, profit factor (gross wins / gross losses), expectancy (mean round-trip P&amp;L),
 *       average win and average loss, over round trips;
 *   <li>exposure = share of bars with a non-zero position; turnover = contracts traded per bar;
 *   <li>PSR(0) and DSR per {@link SharpeStatistics}, on per-bar (not annualised) Sharpe ratios.
 * </ul>
 * Stateless and thread-safe.
 */
public final class PerformanceMetrics {

  private PerformanceMetrics() {
  }

  /**
   * The computed metrics. Money in the account currency (USD for CME contracts), ratios as
   * fractions (0.1 = 10 %), durations in bars. NaN where a metric is undefined (for example
   * profit factor without a losing trade, or Sharpe of a flat curve).
   *
   * @param bars number of bars in the equity curve
   * @param totalReturn total return, fraction
   * @param cagr compound annual growth rate, fraction
   * @param annualVolatility annualised volatility of per-bar returns, fraction
   * @param sharpe annualised Sharpe ratio
   * @param sortino annualised Sortino ratio
   * @param calmar CAGR over max drawdown fraction
   * @param maxDrawdown largest fall from a running peak, USD (a positive number)
   * @param maxDrawdownPct that fall as a fraction of the peak
   * @param maxDrawdownBars longest time below a previous peak, bars
   * @param trades number of round trips
   * @param winRate share of round trips with a positive P&amp;L
   * @param profitFactor gross wins over gross losses
   * @param expectancy mean round-trip P&amp;L, USD
   * @param averageWin mean winning round-trip P&amp;L, USD
   * @param averageLoss mean losing round-trip P&amp;L, USD (negative)
   * @param exposure share of bars with a position
   * @param turnover contracts traded per bar
   * @param fees total fees, USD
   * @param probabilisticSharpe PSR against a zero Sharpe benchmark
   * @param deflatedSharpe DSR over the given number of trials (equals PSR(0) for one trial)
   */
  public record Result(
      int bars,
      double totalReturn,
      double cagr,
      double annualVolatility,
      double sharpe,
      double sortino,
      double calmar,
      double maxDrawdown,
      double maxDrawdownPct,
      int maxDrawdownBars,
      int trades,
      double winRate,
      double profitFactor,
      double expectancy,
      double averageWin,
      double averageLoss,
      double exposure,
      double turnover,
      double fees,
      double probabilisticSharpe,
      double deflatedSharpe) {

    /**
     * A copy with the exposure and turnover computed elsewhere (for example by a backtest kernel
     * that counts them while it runs, instead of keeping a position column).
     *
     * @param newExposure share of bars with a position
     * @param newTurnover contracts traded per bar
     * @return the copy
     */
    public Result withExposure(double newExposure, double newTurnover) {
      return new Result(bars, totalReturn, cagr, annualVolatility, sharpe, sortino, calmar, maxDrawdown,
          maxDrawdownPct, maxDrawdownBars, trades, winRate, profitFactor, expectancy, averageWin,
          averageLoss, newExposure, newTurnover, fees, probabilisticSharpe, deflatedSharpe);
    }
  }

  /**
   * Inputs beyond the equity curve. Immutable.
   *
   * @param barsPerYear bars in a year for annualisation (252 for daily bars), {@code > 0}
   * @param roundTripPnl net P&amp;L of each round trip, USD
   * @param positions position in contracts at each bar (same length as the equity curve), or
   *     an empty array when unknown (exposure and turnover are then NaN)
   * @param fees total fees paid, USD
   * @param trials number of strategy trials the result was selected from, {@code >= 1}
   * @param trialSharpeVariance variance of the trials' per-bar Sharpe ratios, {@code >= 0}
   */
  public record Inputs(double barsPerYear, double[] roundTripPnl, double[] positions, double fees,
      long trials, double trialSharpeVariance) {

    /**
     * Validates the inputs.
     *
     * @throws IllegalArgumentException for a non-positive bars-per-year, negative fees, or fewer
     *     than one trial
     */
    public Inputs {
      ArgChecker.positive(barsPerYear, "barsPerYear");
      ArgChecker.notNull(roundTripPnl, "roundTripPnl");
      ArgChecker.notNull(positions, "positions");
      ArgChecker.notNegative(fees, "fees");
      ArgChecker.isTrue(trials >= 1, "trials must be >= 1 but was %d", trials);
      ArgChecker.notNegative(trialSharpeVariance, "trialSharpeVariance");
    }

    /**
     * Inputs for a single trial.
     *
     * @param barsPerYear bars per year
     * @param roundTripPnl round-trip P&amp;L, USD
     * @param positions positions per bar, contracts
     * @param fees total fees, USD
     * @return the inputs
     */
    public static Inputs of(double barsPerYear, double[] roundTripPnl, double[] positions,
        double fees) {
      return new Inputs(barsPerYear, roundTripPnl, positions, fees, 1, 0);
    }
  }

  /**
   * Computes the metric set.
   *
   * @param equity account equity at each bar, USD; at least 2 bars; the first must be positive
   * @param in the other inputs
   * @return the metrics
   * @throws IllegalArgumentException if the curve is too short, not finite, or the positions
   *     array has a different length
   */
  public static Result compute(double[] equity, Inputs in) {
    ArgChecker.notNull(equity, "equity");
    return compute(equity, equity.length, in);
  }

  /**
   * Computes the metric set over the first {@code length} values of an equity buffer (so a
   * caller can reuse one buffer for many curves).
   *
   * @param equity account equity at each bar, USD; the first must be positive
   * @param length the number of bars to use, at least 2 and at most {@code equity.length}
   * @param in the other inputs
   * @return the metrics
   * @throws IllegalArgumentException if the curve is too short, not finite, or the positions
   *     array has a different length
   */
  public static Result compute(double[] equity, int length, Inputs in) {
    ArgChecker.notNull(equity, "equity");
    ArgChecker.notNull(in, "inputs");
    ArgChecker.isTrue(length <= equity.length, "length %d exceeds the buffer's %d bars", length,
        equity.length);
    int n = length;
    ArgChecker.isTrue(n >= 2, "equity curve needs at least 2 bars but had %d", n);
    ArgChecker.isTrue(equity[0] > 0, "initial equity must be > 0 but was %s", equity[0]);
    ArgChecker.isTrue(in.positions().length == 0 || in.positions().length == n,
        "positions has %d bars but equity has %d", in.positions().length, n);

    // one pass: returns moments (Welford), downside, drawdown
    double mean = 0;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    double downsideSq = 0;
    long k = 0;
    double peak = equity[0];
    double maxDd = 0;
    double maxDdPct = 0;
    int underwater = 0;
    int maxUnderwater = 0;
    for (int t = 0; t < n; t++) {
      double e = equity[t];
      if (!Double.isFinite(e)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "equity[%d] is not finite: %s", t, e));
      }
      if (t > 0) {
        double prev = equity[t - 1];
        double r = prev > 0 ? e / prev - 1 : 0.0;
        long k1 = k + 1;
        double delta = r - mean;
        double deltaN = delta / k1;
        double deltaN2 = deltaN * deltaN;
        double term1 = delta * deltaN * k;
        mean += deltaN;
        m4 += term1 * deltaN2 * (k1 * k1 - 3 * k1 + 3) + 6 * deltaN2 * m2 - 4 * deltaN * m3;
        m3 += term1 * deltaN * (k1 - 2) - 3 * deltaN * m2;
        m2 += term1;
        k = k1;
        if (r < 0) {
          downsideSq += r * r;
        }
      }
      if (e >= peak) {
        peak = e;
        underwater = 0;
      } else {
        underwater++;
        maxUnderwater = Math.max(maxUnderwater, underwater);
        double dd = peak - e;
        if (dd > maxDd) {
          maxDd = dd;
        }
        if (peak > 0) {
          maxDdPct = Math.max(maxDdPct, dd / peak);
        }
      }
    }
    return fromMoments(n, equity[0], equity[n - 1], k, mean, m2, m3, m4, downsideSq, maxDd, maxDdPct,
        maxUnderwater, in);
  }

  /**
   * The metric set from what one pass over an equity curve accumulates: the central moment sums
   * of the per-bar returns, the downside sum of squares and the drawdown extremes. Shared by
   * {@link #compute} and the fused pass of {@link SmaCrossBacktest}.
   *
   * @param n bars in the curve
   * @param first the first equity, USD
   * @param last the last equity, USD
   * @param k the number of returns
   * @param mean the mean return
   * @param m2 the sum of squared deviations from the mean
   * @param m3 the sum of cubed deviations
   * @param m4 the sum of fourth-power deviations
   * @param downsideSq the sum of squares of the negative returns
   * @param maxDd the largest fall from a running peak, USD
   * @param maxDdPct the largest fall as a fraction of its peak
   * @param maxUnderwater the longest run of bars below a previous peak
   * @param in the other inputs
   * @return the metrics
   */
  static Result fromMoments(int n, double first, double last, long k, double mean, double m2, double m3,
      double m4, double downsideSq, double maxDd, double maxDdPct, int maxUnderwater, Inputs in) {
    double sd = k > 1 ? Math.sqrt(m2 / (k - 1)) : Double.NaN;
    double annual = Math.sqrt(in.barsPerYear());
    double perBarSharpe = sd > 0 ? mean / sd : Double.NaN;
    double sharpe = perBarSharpe * annual;
    double downside = Math.sqrt(downsideSq / k);
    double sortino = downside > 0 ? mean / downside * annual : Double.NaN;
    double totalReturn = last / first - 1;
    double cagr = last > 0 ? Math.pow(last / first, in.barsPerYear() / (n - 1)) - 1 : Double.NaN;
    double calmar = maxDdPct > 0 ? cagr / maxDdPct : Double.NaN;

    // population moments for PSR (as in Bailey and Lopez de Prado)
    double skew = m2 > 0 ? Math.sqrt(k) * m3 / Math.pow(m2, 1.5) : 0.0;
    double kurt = m2 > 0 ? k * m4 / (m2 * m2) : 3.0;
    double psr = Double.NaN;
    double dsr = Double.NaN;
    if (Double.isFinite(perBarSharpe) && k > 1) {
      double v = 1 - skew * perBarSharpe + (kurt - 1) / 4 * perBarSharpe * perBarSharpe;
      if (v > 0) {
        psr = SharpeStatistics.probabilisticSharpe(perBarSharpe, 0, k, skew, kurt);
        dsr = SharpeStatistics.deflatedSharpe(perBarSharpe, k, skew, kurt, in.trials(),
            in.trialSharpeVariance());
      }
    }

    double[] pnl = in.roundTripPnl();
    int wins = 0;
    int losses = 0;
    double grossWin = 0;
    double grossLoss = 0;
    for (double p : pnl) {
      ArgChecker.isTrue(Double.isFinite(p), "round-trip P&L is not finite: %s", p);
      if (p > 0) {
        wins++;
        grossWin += p;
      } else if (p < 0) {
        losses++;
        grossLoss -= p;
      }
    }
    int trades = pnl.length;
    double winRate = trades > 0 ? (double) wins / trades : Double.NaN;
    double profitFactor = grossLoss > 0 ? grossWin / grossLoss : Double.NaN;
    double expectancy = trades > 0 ? (grossWin - grossLoss) / trades : Double.NaN;
    double avgWin = wins > 0 ? grossWin / wins : Double.NaN;
    double avgLoss = losses > 0 ? -grossLoss / losses : Double.NaN;

    double exposure = Double.NaN;
    double turnover = Double.NaN;
    double[] pos = in.positions();
    if (pos.length == n) {
      int held = 0;
      double traded = Math.abs(pos[0]);
      for (int t = 0; t < n; t++) {
        if (pos[t] != 0) {
          held++;
        }
        if (t > 0) {
          traded += Math.abs(pos[t] - pos[t - 1]);
        }
      }
      exposure = (double) held / n;
      turnover = traded / n;
    }
    return new Result(n, totalReturn, cagr, sd * annual, sharpe, sortino, calmar, maxDd, maxDdPct,
        maxUnderwater, trades, winRate, profitFactor, expectancy, avgWin, avgLoss, exposure,
        turnover, in.fees(), psr, dsr);
  }
}
