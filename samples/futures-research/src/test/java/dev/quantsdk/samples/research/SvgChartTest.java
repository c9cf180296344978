package dev.quantsdk.samples.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quantsdk.orchestration.futures.ChartPoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart's coordinates against hand-computed values of its fixed 760 x 240 layout. */
class SvgChartTest {

  private static final double TOLERANCE = 1e-12;
  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  @Test
  void x_placesDaysLinearlyBetweenTheMargins() {
    // plot width 760 - 90 - 12 = 658
    assertThat(SvgChart.x(100, 100, 120)).isCloseTo(90, within(TOLERANCE));
    assertThat(SvgChart.x(110, 100, 120)).isCloseTo(419, within(TOLERANCE));
    assertThat(SvgChart.x(120, 100, 120)).isCloseTo(748, within(TOLERANCE));
    assertThat(SvgChart.x(7, 7, 7)).isCloseTo(419, within(TOLERANCE));
  }

  @Test
  void y_putsTheMaximumOnTopAndAConstantSeriesInTheMiddle() {
    // plot height 240 - 12 - 28 = 200
    assertThat(SvgChart.y(10, 0, 10)).isCloseTo(12, within(TOLERANCE));
    assertThat(SvgChart.y(0, 0, 10)).isCloseTo(212, within(TOLERANCE));
    assertThat(SvgChart.y(2.5, 0, 10)).isCloseTo(162, within(TOLERANCE));
    assertThat(SvgChart.y(3, 3, 3)).isCloseTo(112, within(TOLERANCE));
  }

  @Test
  void line_drawsTheHandComputedPolyline_andLabelsItsExtremesAndDates() {
    List<ChartPoint> points = List.of(new ChartPoint(DAY, 10), new ChartPoint(DAY.plusDays(10), 0),
        new ChartPoint(DAY.plusDays(20), 5));

    String svg = SvgChart.line(points, "equity <ES1> & co", "#123456", v -> "v" + v);

    assertThat(svg).startsWith("<svg").endsWith("</svg>")
        .contains("points=\"90.0,12.0 419.0,212.0 748.0,112.0\"")
        .contains("<title>equity &lt;ES1&gt; &amp; co</title>")
        .contains(">v10.0<", ">v0.0<", ">2020-01-01<", ">2020-01-21<")
        .doesNotContain("<script");
  }

  @Test
  void line_rejectsNoPointsAndUndefinedValues() {
    assertThatThrownBy(() -> SvgChart.line(List.of(), "t", "red", String::valueOf))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SvgChart.line(List.of(new ChartPoint(DAY, Double.NaN)), "t", "red",
        String::valueOf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020-01-01");
  }
}
