package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Optional;

/**
 * One page of a paper account's orders, newest first. Immutable and thread-safe.
 *
 * @param account the account
 * @param items the page's orders, at most the requested {@code limit}
 * @param next the relative URL of the next page, absent on the last page
 */
public record PaperOrderPage(PaperAccountDto account, List<PaperOrderDto> items,
    Optional<String> next) {

  /**
   * Validates the page and copies the items.
   *
   * @throws NullPointerException if a component is null
   */
  public PaperOrderPage {
    ArgChecker.notNull(account, "account");
    items = List.copyOf(ArgChecker.notNull(items, "items"));
    ArgChecker.notNull(next, "next");
  }
}
