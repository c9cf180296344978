package dev.quantsdk.futures.roll;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.model.ArgChecker;

/**
 * The bars of one futures contract. Immutable and thread-safe.
 *
 * @param contract the contract specification (its last trading day bounds its use)
 * @param bars its bars, daily ({@code EPOCH_DAY}) or intraday
 */
public record ContractSeries(ContractSpec contract, BarSeries bars) {

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the series is empty
   */
  public ContractSeries {
    ArgChecker.notNull(contract, "contract");
    ArgChecker.notNull(bars, "bars");
    ArgChecker.isTrue(!bars.isEmpty(), "the bars of %s are empty", contract.symbol());
  }
}
