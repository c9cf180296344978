package dev.quantsdk.orchestration.futures;

import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;

/**
 * A scheduled roll from one contract month to the next under a calendar roll rule. Immutable and
 * thread-safe.
 *
 * @param root the product root, e.g. {@code ES}
 * @param from the contract rolled out of (its last trading day is the expiry)
 * @param to the next listed contract, rolled into
 * @param rollDate the business day the calendar rule rolls on (at its close)
 */
public record UpcomingRoll(String root, ContractSpec from, ContractSpec to, LocalDate rollDate) {

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the contracts are of another root, out of order, or the
   *     roll date is after the expiry
   */
  public UpcomingRoll {
    ArgChecker.notBlank(root, "root");
    ArgChecker.notNull(from, "from");
    ArgChecker.notNull(to, "to");
    ArgChecker.notNull(rollDate, "rollDate");
    ArgChecker.isTrue(from.root().equals(root) && to.root().equals(root),
        "contracts %s and %s must both be of root %s", from.symbol(), to.symbol(), root);
    ArgChecker.isTrue(from.month().compareTo(to.month()) < 0, "%s must precede %s", from.symbol(),
        to.symbol());
    ArgChecker.isTrue(!rollDate.isAfter(from.lastTradingDay()),
        "roll date %s is after %s's last trading day %s", rollDate, from.symbol(),
        from.lastTradingDay());
  }

  /**
   * The front contract's last trading day.
   *
   * @return {@code from().lastTradingDay()}
   */
  public LocalDate expiry() {
    return from.lastTradingDay();
  }
}
