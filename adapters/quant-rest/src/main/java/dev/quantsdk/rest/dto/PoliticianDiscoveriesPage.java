package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Optional;

/**
 * One page of a politician's discoveries, strongest first. Immutable and thread-safe.
 *
 * @param politician the politician
 * @param items the page's discoveries, at most the requested {@code limit}
 * @param next the relative URL of the next page, absent on the last page
 */
public record PoliticianDiscoveriesPage(PoliticianDto politician, List<DiscoveryDto> items,
    Optional<String> next) {

  /**
   * Validates the page and copies the items.
   *
   * @throws NullPointerException if a component is null
   */
  public PoliticianDiscoveriesPage {
    ArgChecker.notNull(politician, "politician");
    items = List.copyOf(ArgChecker.notNull(items, "items"));
    ArgChecker.notNull(next, "next");
  }
}
