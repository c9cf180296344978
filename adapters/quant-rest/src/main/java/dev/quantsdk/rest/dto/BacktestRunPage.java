package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Optional;

/**
 * One page of backtest runs, newest first. Immutable and thread-safe.
 *
 * @param strategy the strategy listed
 * @param items the page's runs, at most the requested {@code limit}
 * @param next the relative URL of the next page, absent on the last page
 */
public record BacktestRunPage(String strategy, List<BacktestRunDto> items,
    Optional<String> next) {

  /**
   * Validates the page and copies the items.
   *
   * @throws NullPointerException if a component is null
   */
  public BacktestRunPage {
    ArgChecker.notBlank(strategy, "strategy");
    items = List.copyOf(ArgChecker.notNull(items, "items"));
    ArgChecker.notNull(next, "next");
  }
}
