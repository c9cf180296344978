package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;

/**
 * One ordinate of an activity series' periodogram. Immutable and thread-safe.
 *
 * @param periodDays the period in calendar days
 * @param frequencyPerDay the frequency in cycles per calendar day ({@code 1 / periodDays})
 * @param power the ordinate, in squared trades per sample
 */
public record PeriodogramPointDto(double periodDays, double frequencyPerDay, double power) {

  /**
   * Validates the ordinate.
   *
   * @throws IllegalArgumentException if the period is not positive or the power negative
   */
  public PeriodogramPointDto {
    ArgChecker.positive(periodDays, "periodDays");
    ArgChecker.positive(frequencyPerDay, "frequencyPerDay");
    ArgChecker.isTrue(power >= 0, "power must be >= 0 but was %s", power);
  }
}
