package dev.quantsdk.futures.backtest;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.roll.RollSchedule;
import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Replays stored series into a {@link MarketDataSink} in time order: one step per distinct time
 * over all instruments (an instrument without a bar at a time is simply absent from that step),
 * with each continuous series' rolls at their roll dates' closes. The backtest engine and a paper
 * broker replay are both this loop. Stateless and thread-safe.
 */
public final class BarReplay {

  private BarReplay() {
  }

  /**
   * Replays every bar.
   *
   * @param instruments the instruments, in the sink's index order, all of one time base
   * @param sink the receiver
   * @param afterStep called after each {@link MarketDataSink#endStep()} with the step index
   * @return the number of steps
   * @throws IllegalArgumentException if the list is empty or mixes time bases
   */
  public static int replay(List<InstrumentSeries> instruments, MarketDataSink sink, IntConsumer afterStep) {
    ArgChecker.notEmpty(instruments, "instruments");
    ArgChecker.notNull(sink, "sink");
    ArgChecker.notNull(afterStep, "afterStep");
    int n = instruments.size();
    BarSeries[] bars = new BarSeries[n];
    for (int i = 0; i < n; i++) {
      bars[i] = instruments.get(i).bars();
      ArgChecker.isTrue(bars[i].timeBase() == bars[0].timeBase(), "%s has time base %s but %s has %s",
          instruments.get(i).name(), bars[i].timeBase(), instruments.get(0).name(), bars[0].timeBase());
    }
    int[] row = new int[n];
    int steps = 0;
    while (true) {
      long next = Long.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        if (row[i] < bars[i].size()) {
          next = Math.min(next, bars[i].time(row[i]));
        }
      }
      if (next == Long.MAX_VALUE) {
        return steps;
      }
      sink.beginStep(next);
      for (int i = 0; i < n; i++) {
        int r = row[i];
        if (r < bars[i].size() && bars[i].time(r) == next) {
          BarSeries b = bars[i];
          sink.bar(i, b.open(r), b.high(r), b.low(r), b.close(r), instruments.get(i).mark(r), b.volume(r));
        }
      }
      for (int i = 0; i < n; i++) {
        int r = row[i];
        if (r < bars[i].size() && bars[i].time(r) == next) {
          InstrumentSeries s = instruments.get(i);
          if (s.rollsAt(r)) {
            RollSchedule.Roll roll = rollAt(s, r);
            sink.roll(i, s.contract(r + 1), roll.fromPrice(), roll.toPrice());
          }
          row[i] = r + 1;
        }
      }
      sink.endStep();
      afterStep.accept(steps);
      steps++;
    }
  }

  private static RollSchedule.Roll rollAt(InstrumentSeries s, int r) {
    String to = s.contract(r + 1).symbol();
    String from = s.contract(r).symbol();
    for (RollSchedule.Roll roll : s.schedule().rolls()) {
      if (roll.from().symbol().equals(from) && roll.to().symbol().equals(to)) {
        return roll;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "%s: no roll from %s to %s in the schedule", s.name(), from, to));
  }
}
