package dev.quantsdk.samples.research;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.futures.ChartPoint;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A line chart of dated values as inline SVG: one polyline, the lowest and highest value on the
 * y axis, the first and last date on the x axis. Dates are placed by their day number, so gaps
 * (weekends, a downsampled curve) keep their true width. Stateless and thread-safe.
 */
final class SvgChart {

  /** The chart's size in SVG user units (pixels at 100 %). */
  static final int WIDTH = 760;
  static final int HEIGHT = 240;
  /** Margins around the plot area: room for the axis labels. */
  static final int LEFT = 90;
  static final int RIGHT = 12;
  static final int TOP = 12;
  static final int BOTTOM = 28;

  private SvgChart() {
  }

  /**
   * The x coordinate of a day in a plot spanning {@code firstDay .. lastDay}.
   *
   * @param day the day number (epoch day)
   * @param firstDay the first point's day
   * @param lastDay the last point's day
   * @return the coordinate; the middle of the plot when the span is a single day
   */
  static double x(long day, long firstDay, long lastDay) {
    double width = WIDTH - LEFT - RIGHT;
    if (lastDay == firstDay) {
      return LEFT + width / 2;
    }
    return LEFT + width * (day - firstDay) / (double) (lastDay - firstDay);
  }

  /**
   * The y coordinate of a value in a plot spanning {@code min .. max} (SVG's y grows downwards:
   * max is at the top).
   *
   * @param value the value
   * @param min the lowest value
   * @param max the highest value
   * @return the coordinate; the middle of the plot for a constant series
   */
  static double y(double value, double min, double max) {
    double height = HEIGHT - TOP - BOTTOM;
    if (max == min) {
      return TOP + height / 2;
    }
    return TOP + height * (max - value) / (max - min);
  }

  /**
   * Renders a line chart.
   *
   * @param points the points, in date order, at least one, every value finite
   * @param title the chart's accessible title (plain text; escaped here)
   * @param colour the line's CSS colour, e.g. {@code #1f77b4}
   * @param label formats an axis value, e.g. as USD
   * @return an {@code <svg>} element
   * @throws IllegalArgumentException if there are no points or a value is not finite
   */
  static String line(List<ChartPoint> points, String title, String colour,
      DoubleFunction<String> label) {
    ArgChecker.notEmpty(points, "points");
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (ChartPoint p : points) {
      ArgChecker.isTrue(Double.isFinite(p.value()), "chart '%s': value %s on %s is not finite",
          title, p.value(), p.date());
      min = Math.min(min, p.value());
      max = Math.max(max, p.value());
    }
    long first = points.get(0).date().toEpochDay();
    long last = points.get(points.size() - 1).date().toEpochDay();
    StringBuilder polyline = new StringBuilder(points.size() * 16);
    for (ChartPoint p : points) {
      if (polyline.length() > 0) {
        polyline.append(' ');
      }
      polyline.append(String.format(Locale.ROOT, "%.1f,%.1f", x(p.date().toEpochDay(), first, last),
          y(p.value(), min, max)));
    }
    int plotBottom = HEIGHT - BOTTOM;
    StringBuilder svg = new StringBuilder(polyline.length() + 1024);
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">", WIDTH, HEIGHT, WIDTH,
        HEIGHT));
    svg.append("<title>").append(Html.escape(title)).append("</title>");
    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
        + "fill=\"#fafafa\" stroke=\"#ccc\"/>", LEFT, TOP, WIDTH - LEFT - RIGHT,
        plotBottom - TOP));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" "
        + "class=\"axis\">%s</text>", LEFT - 6, TOP + 10, Html.escape(label.apply(max))));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" "
        + "class=\"axis\">%s</text>", LEFT - 6, plotBottom, Html.escape(label.apply(min))));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axis\">%s</text>",
        LEFT, HEIGHT - 8, points.get(0).date()));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" "
        + "class=\"axis\">%s</text>", WIDTH - RIGHT, HEIGHT - 8,
        points.get(points.size() - 1).date()));
    svg.append("<polyline fill=\"none\" stroke=\"").append(Html.escape(colour))
        .append("\" stroke-width=\"1.5\" points=\"").append(polyline).append("\"/>");
    svg.append("</svg>");
    return svg.toString();
  }
}
