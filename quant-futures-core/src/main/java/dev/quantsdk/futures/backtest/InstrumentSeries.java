package dev.quantsdk.futures.backtest;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.roll.ContinuousSeries;
import dev.quantsdk.futures.roll.RollSchedule;
import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Locale;

/**
 * The bars one instrument of an account trades: one contract's bars, or a continuous series with
 * its real contract prices and its rolls. Trading always uses the real prices
 * ({@link ContinuousSeries#realBars()}), so P&amp;L never includes a roll gap; a position is moved to
 * the next contract at each roll's close (two fills). The marking price of a bar is its settle, or
 * its close where the bar has no settle. Immutable and thread-safe.
 */
public final class InstrumentSeries {

  private final String name;
  private final BarSeries bars;
  private final List<ContractSpec> contracts;
  private final int[] contractOf;
  private final RollSchedule schedule;

  private InstrumentSeries(String name, BarSeries bars, List<ContractSpec> contracts, int[] contractOf,
      RollSchedule schedule) {
    this.name = name;
    this.bars = bars;
    this.contracts = contracts;
    this.contractOf = contractOf;
    this.schedule = schedule;
  }

  /**
   * One contract's bars (or any series traded as one contract, such as a CHRIS front-month file
   * when rolls are ignored).
   *
   * @param contract the contract traded
   * @param bars its bars, at least one
   * @return the instrument
   * @throws IllegalArgumentException if the series is empty
   */
  public static InstrumentSeries of(ContractSpec contract, BarSeries bars) {
    ArgChecker.notNull(contract, "contract");
    ArgChecker.isTrue(!ArgChecker.notNull(bars, "bars").isEmpty(), "the bars of %s are empty", contract.symbol());
    return new InstrumentSeries(contract.symbol(), bars, List.of(contract), new int[bars.size()],
        new RollSchedule(List.of()));
  }

  /**
   * A continuous series: its real bars, the contract of each bar, and its rolls.
   *
   * @param name a name for reports, e.g. {@code "ES"}
   * @param series the stitched series
   * @return the instrument
   */
  public static InstrumentSeries continuous(String name, ContinuousSeries series) {
    ArgChecker.notBlank(name, "name");
    ArgChecker.notNull(series, "series");
    ArgChecker.isTrue(series.size() > 0, "the continuous series %s is empty", name);
    return new InstrumentSeries(name, series.realBars(), series.contracts(), series.contractIndexes(),
        series.schedule());
  }

  /**
   * The name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The bars traded (real contract prices).
   *
   * @return the bars
   */
  public BarSeries bars() {
    return bars;
  }

  /**
   * The contract held at the first bar.
   *
   * @return the first contract
   */
  public ContractSpec firstContract() {
    return contracts.get(contractOf[0]);
  }

  /**
   * The contract of bar i.
   *
   * @param i the bar index
   * @return the contract
   */
  public ContractSpec contract(int i) {
    return contracts.get(contractOf[i]);
  }

  /**
   * Whether the position moves to another contract at bar i's close.
   *
   * @param i the bar index
   * @return true if bar i+1 belongs to another contract
   */
  public boolean rollsAt(int i) {
    return i + 1 < contractOf.length && contractOf[i + 1] != contractOf[i];
  }

  /**
   * The rolls.
   *
   * @return the schedule (empty for a single contract)
   */
  public RollSchedule schedule() {
    return schedule;
  }

  /**
   * The marking price of bar i: the settle, or the close where there is none.
   *
   * @param i the bar index
   * @return the marking price, points
   */
  public double mark(int i) {
    double settle = bars.settle(i);
    return Double.isNaN(settle) ? bars.close(i) : settle;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "InstrumentSeries[%s, %d bars, %d rolls]", name, bars.size(),
        schedule.rolls().size());
  }
}
