package dev.quantsdk.futures.signal;

import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;
import java.util.Locale;

/**
 * A direction decided at the close of every bar: +1 long, −1 short, 0 flat.
 *
 * <p>Index {@code t} holds what was decided with the information available at bar t's close
 * (rule signals are flat during their indicators' warm-up). It is not a position: turn it into one
 * with {@link #toPositions(Sizing)}, whose {@link PositionSchedule#tradableAt(int)} makes the
 * decision of bar t tradable from bar t+1 only. Build signals with {@link Signals}. Immutable and
 * thread-safe (the column is copied in and out).
 */
public final class Signal {

  private final byte[] directions;

  private Signal(byte[] directions) {
    this.directions = directions;
  }

  /**
   * A signal from a direction column.
   *
   * @param decidedAtClose the direction decided at each bar's close, each −1, 0 or +1
   * @return the signal
   * @throws IllegalArgumentException if a value is not −1, 0 or +1
   */
  public static Signal of(int[] decidedAtClose) {
    ArgChecker.notNull(decidedAtClose, "decidedAtClose");
    byte[] d = new byte[decidedAtClose.length];
    for (int i = 0; i < d.length; i++) {
      int v = decidedAtClose[i];
      ArgChecker.isTrue(v >= -1 && v <= 1, "direction at bar %d must be -1, 0 or +1 but was %d", i, v);
      d[i] = (byte) v;
    }
    return new Signal(d);
  }

  static Signal wrap(byte[] directions) {
    return new Signal(directions);
  }

  /**
   * The number of bars.
   *
   * @return the length of the column
   */
  public int size() {
    return directions.length;
  }

  /**
   * The direction decided at the close of a bar: usable for reporting, and for trading only
   * from the next bar on (see {@link PositionSchedule#tradableAt(int)}).
   *
   * @param bar the bar index
   * @return −1, 0 or +1
   * @throws IndexOutOfBoundsException if the bar is not in [0, size)
   */
  public int decidedAtCloseOf(int bar) {
    return directions[bar];
  }

  /**
   * The direction column, decided at each close (a copy).
   *
   * @return −1, 0 or +1 per bar
   */
  public int[] decisions() {
    int[] out = new int[directions.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = directions[i];
    }
    return out;
  }

  /**
   * The opposite signal (long becomes short), for example to trade an RSI threshold as mean
   * reversion.
   *
   * @return the negated signal
   */
  public Signal inverted() {
    byte[] d = new byte[directions.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = (byte) -directions[i];
    }
    return new Signal(d);
  }

  /**
   * The signal with short decisions replaced by flat (a long-only strategy).
   *
   * @return the long-only signal
   */
  public Signal longOnly() {
    byte[] d = new byte[directions.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = (byte) Math.max(0, directions[i]);
    }
    return new Signal(d);
  }

  /**
   * Target positions: at each close, the decided direction times the contracts the sizing allows
   * at that bar.
   *
   * @param sizing the sizing rule
   * @return the schedule, whose decisions become tradable one bar later
   * @throws IllegalArgumentException if the sizing covers a different number of bars
   */
  public PositionSchedule toPositions(Sizing sizing) {
    ArgChecker.notNull(sizing, "sizing");
    sizing.size().ifPresent(n -> ArgChecker.isTrue(n == directions.length,
        "sizing covers %d bars but the signal %d", n, directions.length));
    int[] target = new int[directions.length];
    for (int t = 0; t < target.length; t++) {
      target[t] = directions[t] == 0 ? 0 : directions[t] * sizing.contractsAt(t);
    }
    return PositionSchedule.ofDecisions(target);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Signal other && Arrays.equals(directions, other.directions);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(directions);
  }

  @Override
  public String toString() {
    int longs = 0;
    int shorts = 0;
    for (byte d : directions) {
      longs += d > 0 ? 1 : 0;
      shorts += d < 0 ? 1 : 0;
    }
    return String.format(Locale.ROOT, "Signal[%d bars: %d long, %d short, %d flat]",
        directions.length, longs, shorts, directions.length - longs - shorts);
  }
}
