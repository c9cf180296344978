package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Optional;

/**
 * One page of an instrument's indicator features, oldest bar first. Immutable and thread-safe.
 *
 * @param instrument the instrument id
 * @param price the price the indicators read ({@code close})
 * @param columns the column names, such as {@code sma_10} or {@code bb_upper_20_2}
 * @param items the page's rows, at most the requested {@code limit}
 * @param next the relative URL of the next page, absent on the last page
 */
public record FeaturePage(String instrument, String price, List<String> columns,
    List<FeatureRowDto> items, Optional<String> next) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if a component is null
   */
  public FeaturePage {
    ArgChecker.notBlank(instrument, "instrument");
    ArgChecker.notBlank(price, "price");
    columns = List.copyOf(columns);
    items = List.copyOf(items);
    ArgChecker.notNull(next, "next");
  }
}
