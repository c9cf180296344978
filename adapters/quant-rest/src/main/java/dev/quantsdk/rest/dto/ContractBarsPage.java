package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Optional;

/**
 * One page of a contract's bars, oldest first. Immutable and thread-safe.
 *
 * @param contract the contract
 * @param items the page's bars, at most the requested {@code limit}
 * @param next the relative URL of the next page, absent on the last page
 */
public record ContractBarsPage(ContractDto contract, List<BarDto> items, Optional<String> next) {

  /**
   * Validates the page and copies the items.
   *
   * @throws NullPointerException if a component is null
   */
  public ContractBarsPage {
    ArgChecker.notNull(contract, "contract");
    items = List.copyOf(ArgChecker.notNull(items, "items"));
    ArgChecker.notNull(next, "next");
  }
}
