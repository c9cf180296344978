package dev.quantsdk.futures.instrument;

import dev.quantsdk.model.ArgChecker;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Set;

/**
 * A futures product (a root such as ES): everything that is the same for all its contract
 * months, plus the rule giving each month's last trading day.
 *
 * <p>{@link #contract(ContractMonth)} makes the {@link ContractSpec} of one month. Units as
 * in {@link ContractSpec}. Margins are examples (see {@link FuturesCatalogue}); override
 * them with {@link #withInitialMargin} and {@link #withMaintenanceMargin}. Immutable and
 * thread-safe.
 *
 * @param root the root symbol
 * @param exchange the exchange
 * @param description a human-readable name
 * @param multiplier currency per price point
 * @param tickSize the tick size in points
 * @param currency the settlement currency
 * @param initialMargin initial margin per contract (currency units)
 * @param maintenanceMargin maintenance margin per contract (currency units)
 * @param listedMonths the contract months listed each year
 * @param expiryRule the last-trading-day rule
 */
public record FuturesProduct(
    String root,
    String exchange,
    String description,
    double multiplier,
    double tickSize,
    Currency currency,
    double initialMargin,
    double maintenanceMargin,
    Set<MonthCode> listedMonths,
    ExpiryRule expiryRule) {

  /**
   * Validates the fields and copies the month set.
   *
   * @throws IllegalArgumentException if a number is out of range, the maintenance margin
   *     exceeds the initial margin, or no month is listed
   */
  public FuturesProduct {
    ArgChecker.notBlank(root, "root");
    ArgChecker.notBlank(exchange, "exchange");
    ArgChecker.notNull(description, "description");
    ArgChecker.positive(multiplier, "multiplier");
    ArgChecker.positive(tickSize, "tickSize");
    ArgChecker.notNull(currency, "currency");
    ArgChecker.notNegative(maintenanceMargin, "maintenanceMargin");
    ArgChecker.isTrue(initialMargin >= maintenanceMargin,
        "%s: initialMargin %s must be >= maintenanceMargin %s", root, initialMargin, maintenanceMargin);
    listedMonths = Set.copyOf(ArgChecker.notEmpty(listedMonths, "listedMonths"));
    ArgChecker.notNull(expiryRule, "expiryRule");
  }

  /**
   * The currency value of one tick.
   *
   * @return multiplier × tick size
   */
  public double tickValue() {
    return multiplier * tickSize;
  }

  /**
   * Whether a contract month is listed for this product.
   *
   * @param month the month
   * @return true if its month code is listed
   */
  public boolean isListed(ContractMonth month) {
    return listedMonths.contains(month.code());
  }

  /**
   * The first listed contract month strictly after a month.
   *
   * @param month the month
   * @return the next listed month
   */
  public ContractMonth nextListed(ContractMonth month) {
    ContractMonth next = month.plusMonths(1);
    while (!isListed(next)) {
      next = next.plusMonths(1);
    }
    return next;
  }

  /**
   * The specification of one contract month, expiry from the weekends-only calendar.
   *
   * @param month a listed month
   * @return the contract specification
   * @throws IllegalArgumentException if the month is not listed
   */
  public ContractSpec contract(ContractMonth month) {
    return contract(month, BusinessCalendar.weekendsOnly());
  }

  /**
   * The specification of one contract month.
   *
   * @param month a listed month
   * @param calendar the business-day calendar for the expiry rule
   * @return the contract specification
   * @throws IllegalArgumentException if the month is not listed
   */
  public ContractSpec contract(ContractMonth month, BusinessCalendar calendar) {
    ArgChecker.isTrue(isListed(month), "%s %s is not listed: listed month codes are %s",
        root, month, EnumSet.copyOf(listedMonths));
    return new ContractSpec(root, exchange, month, expiryRule.lastTradingDay(month, calendar),
        multiplier, tickSize, tickValue(), currency, initialMargin, maintenanceMargin);
  }

  /**
   * This product with another initial margin.
   *
   * @param margin the initial margin per contract
   * @return the new product
   */
  public FuturesProduct withInitialMargin(double margin) {
    return new FuturesProduct(root, exchange, description, multiplier, tickSize, currency, margin,
        maintenanceMargin, listedMonths, expiryRule);
  }

  /**
   * This product with another maintenance margin.
   *
   * @param margin the maintenance margin per contract
   * @return the new product
   */
  public FuturesProduct withMaintenanceMargin(double margin) {
    return new FuturesProduct(root, exchange, description, multiplier, tickSize, currency,
        initialMargin, margin, listedMonths, expiryRule);
  }
}
