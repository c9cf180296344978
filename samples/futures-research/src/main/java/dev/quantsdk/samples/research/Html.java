package dev.quantsdk.samples.research;

import java.util.Locale;

/**
 * Text helpers of the HTML report: escaping and the number formats of its tables (Locale.ROOT,
 * so a report reads the same on every machine; an undefined number prints as {@code n/a}).
 * Stateless and thread-safe.
 */
final class Html {

  /** What an undefined number (NaN, infinite) prints as. */
  static final String UNDEFINED = "n/a";

  private Html() {
  }

  /**
   * Escapes text for an HTML element's content or a quoted attribute value.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** USD with thousands separators and cents: {@code 195,300.00}. */
  static String money(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.2f", value) : UNDEFINED;
  }

  /** A ratio with three decimals: {@code 0.378}. */
  static String ratio(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : UNDEFINED;
  }

  /** A fraction as a percentage with one decimal: {@code 0.159 -> 15.9 %}. */
  static String percent(double fraction) {
    return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f %%", fraction * 100)
        : UNDEFINED;
  }

  /** A small number in scientific notation: {@code 1.2e-04}. */
  static String small(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3g", value) : UNDEFINED;
  }
}
