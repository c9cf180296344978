package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Optional;

/**
 * One page of recorded runs, newest first, with totals over all runs. Immutable and thread-safe.
 *
 * @param summary totals over every run (of the requested kind), not only this page
 * @param items the page's runs, at most the requested {@code limit}
 * @param next the relative URL of the next page, absent on the last page
 */
public record JobsPage(JobsSummaryDto summary, List<JobRunDto> items, Optional<String> next) {

  /**
   * Validates the page and copies the items.
   *
   * @throws NullPointerException if a component is null
   */
  public JobsPage {
    ArgChecker.notNull(summary, "summary");
    items = List.copyOf(ArgChecker.notNull(items, "items"));
    ArgChecker.notNull(next, "next");
  }
}
