package dev.quantsdk.futures.bar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The validation pass of {@link BarSeries.Builder}: checks, repairs and compacts the
 * builder's columns in place. Not thread-safe (works on the builder's arrays).
 */
final class BarValidation {

  private BarValidation() {
  }

  /** Validates rows {@code [0, n)} of the columns in place; returns the kept count via the report. */
  static ValidationReport run(ValidationPolicy policy, TimeBase timeBase, int n, long[] rows,
      long[] times, double[] open, double[] high, double[] low, double[] close, double[] settle,
      double[] volume, double[] oi) {
    List<BarIssue> issues = new ArrayList<>();
    boolean repair = policy == ValidationPolicy.REPAIR;
    int out = 0;
    boolean havePrev = false;
    long prevTime = 0;
    double prevClose = Double.NaN;
    StringBuilder problems = new StringBuilder();
    StringBuilder repairs = new StringBuilder();
    for (int i = 0; i < n; i++) {
      long t = times[i];
      double o = open[i];
      double h = high[i];
      double l = low[i];
      double c = close[i];
      double s = settle[i];
      double v = volume[i];
      double q = oi[i];
      problems.setLength(0);
      repairs.setLength(0);
      boolean fatal = false;
      boolean openMissing = false;
      if (havePrev && t <= prevTime) {
        add(problems, t == prevTime ? "duplicate timestamp"
            : "timestamp not after the previous bar's " + timeBase.format(prevTime));
        fatal = true;
      }
      fatal |= notFinite(problems, "high", h) | notFinite(problems, "low", l) | notFinite(problems, "close", c);
      if (Double.isInfinite(s)) {
        add(problems, "settle " + s);
        fatal = true;
      }
      if (Double.isInfinite(o)) {
        add(problems, "open " + o);
        fatal = true;
      } else if (Double.isNaN(o) || (o == 0 && l > 0)) {
        add(problems, Double.isNaN(o) ? "open is blank" : "open 0.0 with low " + fmt(l) + " > 0");
        openMissing = true;
        double fill = Double.isFinite(prevClose) ? prevClose : c;
        if (repair && Double.isFinite(fill) && Double.isFinite(h) && Double.isFinite(l)) {
          // a gap: the previous close may lie outside today's range; the open cannot
          o = Math.min(Math.max(fill, Math.min(l, h)), Math.max(l, h));
          add(repairs, "open " + fmt(o) + (Double.isFinite(prevClose) ? " from the previous close" : " from the close")
              + (o != fill ? " " + fmt(fill) + " clamped into [low, high]" : ""));
        } else {
          o = Double.NaN;
          fatal |= repair;
        }
      }
      if (Double.isNaN(v)) {
        add(problems, "volume is blank");
        if (repair) {
          v = 0;
          add(repairs, "volume 0");
        }
      } else if (!(v >= 0) || Double.isInfinite(v)) {
        add(problems, "volume " + fmt(v) + " < 0");
        fatal = true;
      }
      if (Double.isInfinite(q) || q < 0) {
        add(problems, "open interest " + fmt(q) + (q < 0 ? " < 0" : ""));
        if (repair) {
          q = Double.NaN;
          add(repairs, "open interest absent");
        }
      }
      if (Double.isFinite(h) && Double.isFinite(l) && Double.isFinite(c)) {
        boolean checkOpen = Double.isFinite(o) && !openMissing;
        double oc = Double.isFinite(o) ? o : c;
        boolean bad = false;
        if (h < l) {
          add(problems, "high " + fmt(h) + " < low " + fmt(l));
          bad = true;
        }
        if (checkOpen && h < o) {
          add(problems, "high " + fmt(h) + " < open " + fmt(o));
          bad = true;
        }
        if (h < c) {
          add(problems, "high " + fmt(h) + " < close " + fmt(c));
          bad = true;
        }
        if (checkOpen && l > o) {
          add(problems, "low " + fmt(l) + " > open " + fmt(o));
          bad = true;
        }
        if (l > c) {
          add(problems, "low " + fmt(l) + " > close " + fmt(c));
          bad = true;
        }
        if (bad && repair) {
          double nh = Math.max(Math.max(h, l), Math.max(oc, c));
          double nl = Math.min(Math.min(h, l), Math.min(oc, c));
          if (nh != h) {
            add(repairs, "high " + fmt(h) + " -> " + fmt(nh));
          }
          if (nl != l) {
            add(repairs, "low " + fmt(l) + " -> " + fmt(nl));
          }
          h = nh;
          l = nl;
        }
      }
      boolean keep;
      if (problems.length() == 0) {
        keep = true;
      } else {
        String when = timeBase.format(t);
        if (policy == ValidationPolicy.STRICT) {
          issues.add(new BarIssue(rows[i], when, problems.toString(), BarIssue.Resolution.REJECTED, ""));
          keep = true;
        } else if (policy == ValidationPolicy.SKIP || fatal) {
          issues.add(new BarIssue(rows[i], when, problems.toString(), BarIssue.Resolution.DROPPED, ""));
          keep = false;
        } else {
          issues.add(new BarIssue(rows[i], when, problems.toString(), BarIssue.Resolution.REPAIRED,
              repairs.toString()));
          keep = true;
        }
      }
      if (keep) {
        rows[out] = rows[i];
        times[out] = t;
        open[out] = o;
        high[out] = h;
        low[out] = l;
        close[out] = c;
        settle[out] = s;
        volume[out] = v;
        oi[out] = q;
        out++;
        havePrev = true;
        prevTime = t;
        prevClose = c;
      }
    }
    if (policy == ValidationPolicy.STRICT && !issues.isEmpty()) {
      throw new BarValidationException(new ValidationReport(policy, n, 0, issues));
    }
    return new ValidationReport(policy, n, out, issues);
  }

  private static boolean notFinite(StringBuilder problems, String name, double value) {
    if (Double.isFinite(value)) {
      return false;
    }
    add(problems, Double.isNaN(value) ? name + " is blank" : name + " " + value);
    return true;
  }

  private static void add(StringBuilder sb, String text) {
    if (sb.length() > 0) {
      sb.append("; ");
    }
    sb.append(text);
  }

  /** Like {@link Double#toString(double)} ({@code 903.0}) but never in exponent notation. */
  static String fmt(double value) {
    if (!Double.isFinite(value) || Math.abs(value) < 1e7) {
      return Double.toString(value);
    }
    String plain = new BigDecimal(Double.toString(value)).toPlainString();
    return plain.indexOf('.') < 0 ? plain + ".0" : plain;
  }
}
