package dev.quantsdk.futures.instrument;

import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A small built-in catalogue of common CME Group futures: ES, NQ, CL, GC and ZN.
 *
 * <p><b>Sources.</b> Multipliers, tick sizes, listed months and last-trading-day rules are
 * the exchange's contract specifications (CME Group product pages "Contract Specs" for
 * E-mini S&amp;P 500, E-mini Nasdaq-100, Light Sweet Crude Oil, Gold and 10-Year T-Note,
 * as published in 2019–2024; the rules have not changed in that period).
 *
 * <p><b>Margins are examples, not advice.</b> They change with volatility, often monthly.
 * ES, NQ and CL: the exchange-minimum initial margins in the generictrade.com "Margins"
 * table updated 2021-02-22 (ES 12,100, NQ 17,600, CL 4,510 USD), with the maintenance
 * margin equal to initial / 1.1 as that page states (CME's usual speculator ratio). GC and
 * ZN: orders of magnitude only, taken from no verified table (GC 8,250 / 7,500 and ZN
 * 1,540 / 1,400 USD); replace them. Override any figure with
 * {@link FuturesProduct#withInitialMargin} / {@link FuturesProduct#withMaintenanceMargin}.
 *
 * <p>Stateless and thread-safe.
 */
public final class FuturesCatalogue {

  private static final Currency USD = Currency.getInstance("USD");
  private static final EnumSet<MonthCode> QUARTERLY =
      EnumSet.of(MonthCode.H, MonthCode.M, MonthCode.U, MonthCode.Z);

  /**
   * E-mini S&amp;P 500 (CME): 50 USD × index, tick 0.25 point (12.50 USD), quarterly
   * H M U Z, last trading day the third Friday of the contract month.
   */
  public static final FuturesProduct ES = new FuturesProduct("ES", "CME", "E-mini S&P 500",
      50.0, 0.25, USD, 12_100.0, 11_000.0, QUARTERLY, ExpiryRule.thirdFriday());

  /**
   * E-mini Nasdaq-100 (CME): 20 USD × index, tick 0.25 point (5.00 USD), quarterly
   * H M U Z, last trading day the third Friday of the contract month.
   */
  public static final FuturesProduct NQ = new FuturesProduct("NQ", "CME", "E-mini Nasdaq-100",
      20.0, 0.25, USD, 17_600.0, 16_000.0, QUARTERLY, ExpiryRule.thirdFriday());

  /**
   * Light Sweet Crude Oil (NYMEX): 1,000 barrels, tick 0.01 USD per barrel (10.00 USD),
   * every month listed; trading terminates 3 business days before the 25th calendar day of
   * the month before the contract month, 4 business days when the 25th is not a business day.
   */
  public static final FuturesProduct CL = new FuturesProduct("CL", "NYMEX",
      "Light Sweet Crude Oil", 1_000.0, 0.01, USD, 4_510.0, 4_100.0,
      EnumSet.allOf(MonthCode.class), ExpiryRule.businessDaysBeforeDayOfPriorMonth(3, 25));

  /**
   * Gold (COMEX): 100 troy ounces, tick 0.10 USD per ounce (10.00 USD), every month listed
   * (the active months are G J M Q V Z); trading terminates on the third-last business day
   * of the contract month.
   */
  public static final FuturesProduct GC = new FuturesProduct("GC", "COMEX", "Gold",
      100.0, 0.10, USD, 8_250.0, 7_500.0, EnumSet.allOf(MonthCode.class),
      ExpiryRule.nthLastBusinessDay(3));

  /**
   * 10-Year U.S. Treasury Note (CBOT): 100,000 USD face value, so 1,000 USD per point of
   * par; tick one half of 1/32 point = 0.015625 (15.625 USD); quarterly H M U Z; trading
   * terminates on the seventh business day preceding the last business day of the month.
   */
  public static final FuturesProduct ZN = new FuturesProduct("ZN", "CBOT",
      "10-Year U.S. Treasury Note", 1_000.0, 1.0 / 64.0, USD, 1_540.0, 1_400.0, QUARTERLY,
      ExpiryRule.businessDaysBeforeLastBusinessDay(7));

  private static final List<FuturesProduct> ALL = List.of(ES, NQ, CL, GC, ZN);

  private FuturesCatalogue() {
  }

  /**
   * Every product of the catalogue.
   *
   * @return ES, NQ, CL, GC and ZN
   */
  public static List<FuturesProduct> all() {
    return ALL;
  }

  /**
   * Finds a product by root (case-insensitive).
   *
   * @param root the root, for example {@code "es"}
   * @return the product, or empty if the catalogue does not hold it
   */
  public static Optional<FuturesProduct> find(String root) {
    String upper = root.toUpperCase(Locale.ROOT);
    return ALL.stream().filter(p -> p.root().equals(upper)).findFirst();
  }

  /**
   * Parses a symbol such as {@code "ESZ2019"} into its contract (weekends-only calendar).
   *
   * @param symbol root, month code, four-digit year
   * @return the contract specification
   * @throws IllegalArgumentException if the root is not catalogued or the month is malformed
   */
  public static ContractSpec contract(String symbol) {
    if (symbol.length() < 6) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "symbol '%s' must be a root, a month code and a four-digit year, like ESZ2019", symbol));
    }
    String root = symbol.substring(0, symbol.length() - 5);
    FuturesProduct product = find(root).orElseThrow(() -> new IllegalArgumentException(
        String.format(Locale.ROOT, "root '%s' of symbol '%s' is not in the catalogue (%s)",
            root, symbol, ALL.stream().map(FuturesProduct::root).toList())));
    return product.contract(ContractMonth.parse(symbol.substring(symbol.length() - 5)));
  }
}
