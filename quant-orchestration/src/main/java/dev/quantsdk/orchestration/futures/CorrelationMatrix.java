package dev.quantsdk.orchestration.futures;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Pearson correlations of daily log returns of several instruments, measured on the dates all of
 * them have a bar. Immutable and thread-safe (the matrix is copied in and out).
 *
 * @param instruments the instruments, in row/column order
 * @param firstDate the first aligned date (the first return ends on the next one)
 * @param lastDate the last aligned date
 * @param observations the number of aligned log returns per instrument
 * @param values the symmetric matrix, {@code values[i][j]} between instruments i and j, 1 on the
 *     diagonal (NaN where an instrument's returns are constant)
 */
public record CorrelationMatrix(List<String> instruments, LocalDate firstDate, LocalDate lastDate,
    int observations, double[][] values) {

  /**
   * Validates and copies the fields.
   *
   * @throws IllegalArgumentException if the matrix is not square of the instruments' size
   */
  public CorrelationMatrix {
    instruments = List.copyOf(instruments);
    ArgChecker.notNull(firstDate, "firstDate");
    ArgChecker.notNull(lastDate, "lastDate");
    ArgChecker.positive(observations, "observations");
    ArgChecker.isTrue(values.length == instruments.size(), "%d rows for %d instruments",
        values.length, instruments.size());
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      ArgChecker.isTrue(values[i].length == instruments.size(), "row %d has %d columns, not %d",
          i, values[i].length, instruments.size());
      copy[i] = values[i].clone();
    }
    values = copy;
  }

  /**
   * The matrix (a copy).
   *
   * @return the values
   */
  @Override
  public double[][] values() {
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }

  /**
   * The correlation between two instruments.
   *
   * @param a one instrument
   * @param b another
   * @return the correlation
   * @throws IllegalArgumentException if either is not in the matrix
   */
  public double get(String a, String b) {
    return values[index(a)][index(b)];
  }

  /**
   * Value equality: same instruments, dates, observations and matrix values.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof CorrelationMatrix o && instruments.equals(o.instruments)
        && firstDate.equals(o.firstDate) && lastDate.equals(o.lastDate)
        && observations == o.observations && Arrays.deepEquals(values, o.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instruments, firstDate, lastDate, observations)
        * 31 + Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return "CorrelationMatrix[" + instruments + ", " + firstDate + ".." + lastDate + ", "
        + observations + " returns, " + Arrays.deepToString(values) + "]";
  }

  private int index(String id) {
    int i = instruments.indexOf(id);
    ArgChecker.isTrue(i >= 0, "instrument '%s' is not in the matrix %s", id, instruments);
    return i;
  }
}
