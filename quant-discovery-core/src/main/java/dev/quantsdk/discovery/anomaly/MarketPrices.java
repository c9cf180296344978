package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.model.ArgChecker;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The prices the abnormal-return feature needs: a close series per ticker and the market
 * index they are measured against (the S&amp;P 500 in this project). Immutable and thread-safe.
 *
 * @param stocks the series per ticker, keyed by the upper-case ticker as trades carry it
 * @param index the market index series
 */
public record MarketPrices(Map<String, PriceSeries> stocks, PriceSeries index) {

  /**
   * Validates and copies the map.
   *
   * @throws NullPointerException if a component or map entry is null
   * @throws IllegalArgumentException if a key is not upper case
   */
  public MarketPrices {
    stocks = Map.copyOf(ArgChecker.notNull(stocks, "stocks"));
    ArgChecker.notNull(index, "index");
    for (String ticker : stocks.keySet()) {
      ArgChecker.isTrue(ticker.equals(ticker.toUpperCase(Locale.ROOT)),
          "stock tickers must be upper case but got %s", ticker);
    }
  }

  /**
   * The series of a ticker.
   *
   * @param ticker the ticker, case-insensitive
   * @return the series, empty if no prices were supplied for it
   */
  public Optional<PriceSeries> stock(String ticker) {
    return Optional.ofNullable(stocks.get(ticker.toUpperCase(Locale.ROOT)));
  }
}
