package dk.pressline.portal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A bar per day as server-rendered SVG: the coordinates of each bar in a {@value #WIDTH} × {@value #HEIGHT} view box,
 * the axis' highest value, and a sentence that says what the chart shows for those who cannot see it.
 */
public record BarChart(
        String title, String description, String highest, List<Bar> bars, String firstDay, String lastDay) {

    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    private static final int PLOT_TOP = 20;
    private static final int PLOT_BOTTOM = 180;
    private static final int PLOT_LEFT = 50;

    /** One day's bar; {@code label} is its value in words, for the tooltip. */
    public record Bar(double x, double y, double width, double height, String label) {}

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int baseline() {
        return PLOT_BOTTOM;
    }

    public int left() {
        return PLOT_LEFT;
    }

    static <T> BarChart of(
            String title,
            List<T> rows,
            java.util.function.Function<T, LocalDate> day,
            ToDoubleFunction<T> value,
            java.util.function.DoubleFunction<String> text) {
        var max = rows.stream().mapToDouble(value).max().orElse(0);
        var slot = rows.isEmpty() ? 0 : (double) (WIDTH - PLOT_LEFT - 10) / rows.size();
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var height = max == 0 ? 0 : value.applyAsDouble(row) / max * (PLOT_BOTTOM - PLOT_TOP);
            bars.add(new Bar(
                    round(PLOT_LEFT + i * slot + slot * 0.1),
                    round(PLOT_BOTTOM - height),
                    round(slot * 0.8),
                    round(height),
                    day.apply(row) + ": " + text.apply(value.applyAsDouble(row))));
        }
        var description = rows.isEmpty()
                ? "Ingen tal i perioden."
                : title + " fra " + day.apply(rows.getFirst()) + " til " + day.apply(rows.getLast())
                        + "; højeste værdi " + text.apply(max) + ".";
        return new BarChart(
                title,
                description,
                text.apply(max),
                List.copyOf(bars),
                rows.isEmpty() ? "" : day.apply(rows.getFirst()).toString(),
                rows.isEmpty() ? "" : day.apply(rows.getLast()).toString());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
