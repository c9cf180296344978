package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Optional;

/**
 * One page of critical anomalies, most severe first. Immutable and thread-safe.
 *
 * @param items the page's items, at most the requested {@code limit}
 * @param next the relative URL of the next page (same parameters plus {@code cursor}), absent on
 *     the last page
 */
public record AnomalyPage(List<AnomalyDto> items, Optional<String> next) {

  /**
   * Validates the page and copies the items.
   *
   * @throws NullPointerException if a component is null
   */
  public AnomalyPage {
    items = List.copyOf(ArgChecker.notNull(items, "items"));
    ArgChecker.notNull(next, "next");
  }
}
