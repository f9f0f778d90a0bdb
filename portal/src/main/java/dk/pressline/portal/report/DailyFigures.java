package dk.pressline.portal.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** The report's bookings added up per day, with the click-through rate of each day. */
public record DailyFigures(List<Row> rows) {

    private static final Locale DANISH = Locale.of("da", "DK");

    /** One day: its impressions and clicks over all bookings, and clicks per impression ({@code null} without any). */
    public record Row(LocalDate day, long impressions, long clicks, Double ctr) {

        public String ctrText() {
            return percent(ctr);
        }
    }

    static DailyFigures of(Report report) {
        var impressions = new TreeMap<LocalDate, Long>();
        var clicks = new TreeMap<LocalDate, Long>();
        for (var booking : report.bookings()) {
            for (var day : booking.days()) {
                impressions.merge(day.day(), day.figures().impressions(), Long::sum);
                clicks.merge(day.day(), day.figures().clicks(), Long::sum);
            }
        }
        return new DailyFigures(impressions.keySet().stream()
                .map(day -> {
                    long shown = impressions.get(day);
                    long clicked = clicks.get(day);
                    return new Row(day, shown, clicked, shown == 0 ? null : (double) clicked / shown);
                })
                .toList());
    }

    /** A rate as a Danish percentage with two decimals ("2,50 %"), or "–" when there is none. */
    static String percent(Double rate) {
        if (rate == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(DANISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(rate * 100) + " %";
    }
}
