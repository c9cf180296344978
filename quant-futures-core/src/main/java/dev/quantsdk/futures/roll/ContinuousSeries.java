package dev.quantsdk.futures.roll;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A continuous futures series stitched from consecutive contracts by a {@link RollRule},
 * keeping for every bar the contract really held, its real bar, and the bar adjusted by an
 * {@link Adjustment}, plus the {@link RollSchedule}.
 *
 * <p>Row i is a bar of {@link #contract(int)}: {@link #realBars()} holds its real prices
 * (use them, or {@link #realPriceChanges()}, for P&amp;L); {@link #adjustedBars()} the
 * adjusted ones (for signals that must not see roll gaps). A roll dated t is executed at t's
 * close: row t is the front contract, the next row the new contract. Immutable and
 * thread-safe.
 */
public final class ContinuousSeries {

  private final List<ContractSpec> contracts;
  private final int[] contractOf;
  private final BarSeries realBars;
  private final BarSeries adjustedBars;
  private final RollSchedule schedule;
  private final Adjustment adjustment;

  private ContinuousSeries(List<ContractSpec> contracts, int[] contractOf, BarSeries realBars,
      BarSeries adjustedBars, RollSchedule schedule, Adjustment adjustment) {
    this.contracts = contracts;
    this.contractOf = contractOf;
    this.realBars = realBars;
    this.adjustedBars = adjustedBars;
    this.schedule = schedule;
    this.adjustment = adjustment;
  }

  /**
   * Stitches consecutive contracts.
   *
   * @param series the contracts' series, in ascending contract-month order, all of the same
   *     time base
   * @param rule when to roll
   * @param adjustment how to adjust prices before each roll
   * @return the continuous series
   * @throws IllegalArgumentException if the list is empty, not in ascending contract order,
   *     mixes time bases, two consecutive contracts share no date up to the front's last
   *     trading day, or (RATIO) a price is &lt;= 0
   */
  public static ContinuousSeries stitch(List<ContractSeries> series, RollRule rule, Adjustment adjustment) {
    ArgChecker.notEmpty(series, "series");
    ArgChecker.notNull(rule, "rule");
    ArgChecker.notNull(adjustment, "adjustment");
    TimeBase base = series.get(0).bars().timeBase();
    for (int k = 1; k < series.size(); k++) {
      ContractSpec a = series.get(k - 1).contract();
      ContractSpec b = series.get(k).contract();
      ArgChecker.isTrue(a.month().compareTo(b.month()) < 0,
          "contracts must be in ascending month order: %s before %s", a.symbol(), b.symbol());
      ArgChecker.isTrue(series.get(k).bars().timeBase() == base,
          "%s has time base %s, %s has %s", a.symbol(), base, b.symbol(), series.get(k).bars().timeBase());
    }
    // pick the rows: front bars up to and including the roll, then the next contract's
    List<ContractSpec> specs = series.stream().map(ContractSeries::contract).toList();
    List<RollSchedule.Roll> rolls = new ArrayList<>();
    int[] rollRow = new int[series.size()];
    int[] firstRow = new int[series.size()];
    int[] lastRow = new int[series.size()];
    long after = Long.MIN_VALUE;
    for (int k = 0; k < series.size(); k++) {
      BarSeries bars = series.get(k).bars();
      int from = bars.indexAtOrBefore(after) + 1;
      firstRow[k] = from;
      if (k == series.size() - 1) {
        lastRow[k] = bars.size() - 1;
        break;
      }
      BarSeries next = series.get(k + 1).bars();
      Decision d = decide(series.get(k), next, from, rule);
      lastRow[k] = d.frontIndex;
      rollRow[k] = d.frontIndex;
      after = bars.time(d.frontIndex);
      rolls.add(new RollSchedule.Roll(base.toLocalDate(after), specs.get(k), specs.get(k + 1),
          bars.close(d.frontIndex), next.close(d.nextIndex), d.forced));
    }
    int n = 0;
    for (int k = 0; k < series.size(); k++) {
      n += Math.max(0, lastRow[k] - firstRow[k] + 1);
    }
    int[] contractOf = new int[n];
    double[] offset = new double[n];
    double[] factor = new double[n];
    BarSeries.Builder real = BarSeries.builder(base);
    int row = 0;
    for (int k = 0; k < series.size(); k++) {
      BarSeries bars = series.get(k).bars();
      for (int i = firstRow[k]; i <= lastRow[k]; i++) {
        contractOf[row++] = k;
        real.add(bars.time(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i),
            bars.settle(i), bars.volume(i), bars.openInterest(i));
      }
    }
    BarSeries realBars = real.build();
    // cumulative adjustment of each contract: the rolls after it
    double cumOffset = 0;
    double cumFactor = 1;
    double[] contractOffset = new double[series.size()];
    double[] contractFactor = new double[series.size()];
    for (int k = series.size() - 1; k >= 0; k--) {
      contractOffset[k] = cumOffset;
      contractFactor[k] = cumFactor;
      if (k > 0) {
        RollSchedule.Roll roll = rolls.get(k - 1);
        cumOffset += roll.gap();
        if (adjustment == Adjustment.RATIO) {
          requirePositive(roll.fromPrice(), roll.from(), roll.date());
          requirePositive(roll.toPrice(), roll.to(), roll.date());
          cumFactor *= roll.toPrice() / roll.fromPrice();
        }
      }
    }
    for (int i = 0; i < n; i++) {
      offset[i] = contractOffset[contractOf[i]];
      factor[i] = contractFactor[contractOf[i]];
    }
    BarSeries adjusted = adjustment == Adjustment.NONE ? realBars
        : adjust(realBars, adjustment, offset, factor, contractOf, specs);
    return new ContinuousSeries(specs, contractOf, realBars, adjusted, new RollSchedule(rolls), adjustment);
  }

  private record Decision(int frontIndex, int nextIndex, boolean forced) {
  }

  private static Decision decide(ContractSeries frontSeries, BarSeries next, int from, RollRule rule) {
    BarSeries front = frontSeries.bars();
    ContractSpec spec = frontSeries.contract();
    long expiry = front.timeBase().of(spec.lastTradingDay());
    long expiryEnd = front.timeBase() == TimeBase.EPOCH_DAY ? expiry : expiry + 86_399;
    int firstCandidate = -1;
    int lastCandidate = -1;
    int lastNext = -1;
    int firstNext = -1;
    LocalDate target = rule instanceof RollRule.Calendar c
        ? c.calendar().minusBusinessDays(spec.lastTradingDay(), c.businessDays()) : null;
    int calendarPick = -1;
    int calendarPickNext = -1;
    for (int i = from; i < front.size() && front.time(i) <= expiryEnd; i++) {
      int j = next.indexOf(front.time(i));
      if (j < 0) {
        continue;
      }
      if (firstCandidate < 0) {
        firstCandidate = i;
        firstNext = j;
      }
      lastCandidate = i;
      lastNext = j;
      if (rule instanceof RollRule.VolumeCrossover) {
        if (next.volume(j) > front.volume(i)) {
          return new Decision(i, j, false);
        }
      } else if (rule instanceof RollRule.OpenInterestCrossover) {
        double a = front.openInterest(i);
        double b = next.openInterest(j);
        if (a == a && b == b && b > a) {
          return new Decision(i, j, false);
        }
      } else if (!front.date(i).isAfter(target)) {
        calendarPick = i;
        calendarPickNext = j;
      }
    }
    if (lastCandidate < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s and the next contract share no bar from %s up to %s's last trading day %s: cannot roll",
          spec.symbol(), from < front.size() ? front.timeBase().format(front.time(from)) : "its end",
          spec.symbol(), spec.lastTradingDay()));
    }
    if (rule instanceof RollRule.Calendar) {
      return calendarPick >= 0 ? new Decision(calendarPick, calendarPickNext, false)
          : new Decision(firstCandidate, firstNext, true);
    }
    return new Decision(lastCandidate, lastNext, true);
  }

  private static void requirePositive(double price, ContractSpec contract, Object when) {
    if (!(price > 0)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "RATIO adjustment needs prices > 0 but %s is %s on %s: use DIFFERENCE or NONE",
          contract.symbol(), price, when));
    }
  }

  private static BarSeries adjust(BarSeries real, Adjustment adjustment, double[] offset,
      double[] factor, int[] contractOf, List<ContractSpec> specs) {
    BarSeries.Builder b = BarSeries.builder(real.timeBase());
    boolean ratio = adjustment == Adjustment.RATIO;
    for (int i = 0; i < real.size(); i++) {
      double o = real.open(i);
      double h = real.high(i);
      double l = real.low(i);
      double c = real.close(i);
      double s = real.settle(i);
      if (ratio) {
        if (!(l > 0 && o > 0 && c > 0 && h > 0)) {
          requirePositive(Math.min(Math.min(o, h), Math.min(l, c)), specs.get(contractOf[i]),
              real.timeBase().format(real.time(i)));
        }
        double f = factor[i];
        b.add(real.time(i), o * f, h * f, l * f, c * f, s * f, real.volume(i), real.openInterest(i));
      } else {
        double d = offset[i];
        b.add(real.time(i), o + d, h + d, l + d, c + d, s + d, real.volume(i), real.openInterest(i));
      }
    }
    return b.build();
  }

  /**
   * The number of bars.
   *
   * @return the size
   */
  public int size() {
    return contractOf.length;
  }

  /**
   * The date of bar i.
   *
   * @param i the bar index
   * @return the date
   */
  public LocalDate date(int i) {
    return realBars.date(i);
  }

  /**
   * The contract held on bar i.
   *
   * @param i the bar index
   * @return the contract
   */
  public ContractSpec contract(int i) {
    return contracts.get(contractOf[Objects.checkIndex(i, contractOf.length)]);
  }

  /**
   * The real close of the contract held on bar i, in points.
   *
   * @param i the bar index
   * @return the real close
   */
  public double realClose(int i) {
    return realBars.close(i);
  }

  /**
   * The adjusted close of bar i, in points.
   *
   * @param i the bar index
   * @return the adjusted close
   */
  public double adjustedClose(int i) {
    return adjustedBars.close(i);
  }

  /**
   * The real bars of the contracts held, stitched (no adjustment; gaps at rolls).
   *
   * @return the real bars
   */
  public BarSeries realBars() {
    return realBars;
  }

  /**
   * The adjusted bars ({@link #realBars()} itself under {@link Adjustment#NONE}).
   *
   * @return the adjusted bars
   */
  public BarSeries adjustedBars() {
    return adjustedBars;
  }

  /**
   * The rolls made.
   *
   * @return the schedule
   */
  public RollSchedule schedule() {
    return schedule;
  }

  /**
   * The adjustment applied to {@link #adjustedBars()}.
   *
   * @return the adjustment
   */
  public Adjustment adjustment() {
    return adjustment;
  }

  /**
   * The contracts in roll order.
   *
   * @return the contracts
   */
  public List<ContractSpec> contracts() {
    return contracts;
  }

  /**
   * The real point change of holding one contract into each bar: element i (i &gt;= 1) is
   * the close-to-close change of the contract held on bar i, measured on that contract; at a
   * roll dated t the next bar's change is the new contract's change from its close on t.
   * Element 0 is 0. Multiply by the contract multiplier for currency.
   *
   * @return a new array of size {@link #size()}
   */
  public double[] realPriceChanges() {
    double[] out = new double[size()];
    int r = 0;
    List<RollSchedule.Roll> rolls = schedule.rolls();
    for (int i = 1; i < out.length; i++) {
      double previous = realBars.close(i - 1);
      if (contractOf[i] != contractOf[i - 1]) {
        previous = rolls.get(r++).toPrice();
      }
      out[i] = realBars.close(i) - previous;
    }
    return out;
  }

  /**
   * The index of each bar's contract in {@link #contracts()}.
   *
   * @return a new array of size {@link #size()}
   */
  public int[] contractIndexes() {
    return Arrays.copyOf(contractOf, contractOf.length);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ContinuousSeries[%d bars, %d contracts, %s, rolls %s]",
        size(), contracts.size(), adjustment, schedule.rolls());
  }
}
