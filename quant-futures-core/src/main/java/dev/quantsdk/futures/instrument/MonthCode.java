package dev.quantsdk.futures.instrument;

import java.time.Month;
import java.util.Locale;

/**
 * The futures month codes used in exchange symbols ({@code ESZ2019} is the December 2019
 * E-mini S&amp;P 500): F G H J K M N Q U V X Z for January to December.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum MonthCode {
  /** January. */
  F,
  /** February. */
  G,
  /** March. */
  H,
  /** April. */
  J,
  /** May. */
  K,
  /** June. */
  M,
  /** July. */
  N,
  /** August. */
  Q,
  /** September. */
  U,
  /** October. */
  V,
  /** November. */
  X,
  /** December. */
  Z;

  private static final MonthCode[] BY_MONTH = values();

  /**
   * The calendar month of this code.
   *
   * @return the month
   */
  public Month month() {
    return Month.of(ordinal() + 1);
  }

  /**
   * The single-letter code.
   *
   * @return the letter, for example {@code 'Z'}
   */
  public char letter() {
    return name().charAt(0);
  }

  /**
   * The code of a calendar month.
   *
   * @param month the month
   * @return its code
   */
  public static MonthCode of(Month month) {
    return BY_MONTH[month.ordinal()];
  }

  /**
   * Parses a month-code letter (case-insensitive).
   *
   * @param letter the letter, one of F G H J K M N Q U V X Z
   * @return the code
   * @throws IllegalArgumentException if the letter is not a month code
   */
  public static MonthCode parse(char letter) {
    char upper = Character.toUpperCase(letter);
    for (MonthCode code : BY_MONTH) {
      if (code.letter() == upper) {
        return code;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "'%s' is not a futures month code: expected one of FGHJKMNQUVXZ", letter));
  }
}
