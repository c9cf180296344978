package dev.quantsdk.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A UTC clock that reads its start, then one step later at every reading. Thread-safe. */
public final class SteppingClock extends Clock {

  private final AtomicLong nanos;
  private final long step;

  /**
   * Creates the clock.
   *
   * @param start the first reading
   * @param step how far each reading advances
   */
  public SteppingClock(Instant start, Duration step) {
    this.nanos = new AtomicLong(start.getEpochSecond() * 1_000_000_000L + start.getNano());
    this.step = step.toNanos();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    long n = nanos.getAndAdd(step);
    return Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
  }
}
