package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Optional;

/**
 * One page of stored futures contracts, earliest expiry first. Immutable and thread-safe.
 *
 * @param items the page's contracts, at most the requested {@code limit}
 * @param next the relative URL of the next page, absent on the last page
 */
public record ContractPage(List<ContractDto> items, Optional<String> next) {

  /**
   * Validates the page and copies the items.
   *
   * @throws NullPointerException if a component is null
   */
  public ContractPage {
    items = List.copyOf(ArgChecker.notNull(items, "items"));
    ArgChecker.notNull(next, "next");
  }
}
