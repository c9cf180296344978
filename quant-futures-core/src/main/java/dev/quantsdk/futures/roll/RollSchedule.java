package dev.quantsdk.futures.roll;

import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.List;

/**
 * The rolls of a continuous series, in date order. Immutable and thread-safe.
 *
 * @param rolls the rolls
 */
public record RollSchedule(List<Roll> rolls) {

  /**
   * Copies the list.
   *
   * @throws IllegalArgumentException if the rolls are not in strictly ascending date order
   */
  public RollSchedule {
    rolls = List.copyOf(rolls);
    for (int i = 1; i < rolls.size(); i++) {
      ArgChecker.isTrue(rolls.get(i).date().isAfter(rolls.get(i - 1).date()),
          "rolls must be in ascending date order: %s then %s", rolls.get(i - 1), rolls.get(i));
    }
  }

  /**
   * One roll: at the close of {@code date} the position moves from {@code from} to {@code to}.
   *
   * @param date the roll date (the last date the front is held)
   * @param from the contract sold
   * @param to the contract bought
   * @param fromPrice the front's close on the roll date, in points
   * @param toPrice the next contract's close on the roll date, in points
   * @param forced true if the rule's condition never held and the roll was made on the last
   *     date both contracts traded before the front's expiry
   */
  public record Roll(LocalDate date, ContractSpec from, ContractSpec to, double fromPrice,
      double toPrice, boolean forced) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if a price is not finite
     */
    public Roll {
      ArgChecker.notNull(date, "date");
      ArgChecker.notNull(from, "from");
      ArgChecker.notNull(to, "to");
      ArgChecker.finite(fromPrice, "fromPrice");
      ArgChecker.finite(toPrice, "toPrice");
    }

    /**
     * The roll gap used by {@link Adjustment#DIFFERENCE}.
     *
     * @return toPrice − fromPrice, in points
     */
    public double gap() {
      return toPrice - fromPrice;
    }

    @Override
    public String toString() {
      return date + " " + from.symbol() + " -> " + to.symbol() + (forced ? " (forced)" : "");
    }
  }
}
