package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Optional;

/**
 * One page of model experiments, newest first. Immutable and thread-safe.
 *
 * @param items the page's experiments, at most the requested {@code limit}
 * @param next the relative URL of the next page, absent on the last page
 */
public record ModelExperimentPage(List<ModelExperimentDto> items, Optional<String> next) {

  /**
   * Validates the page and copies the items.
   *
   * @throws NullPointerException if a component is null
   */
  public ModelExperimentPage {
    items = List.copyOf(ArgChecker.notNull(items, "items"));
    ArgChecker.notNull(next, "next");
  }
}
