package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One bar's indicator values. Immutable and thread-safe.
 *
 * @param date the bar's date
 * @param values each column's value at this bar (null during its warm-up), in column order
 */
public record FeatureRowDto(LocalDate date, Map<String, Optional<Double>> values) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if a component is null
   */
  public FeatureRowDto {
    ArgChecker.notNull(date, "date");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
