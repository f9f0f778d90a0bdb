package dk.pressline.sponsor.booking;

import dk.pressline.events.placement.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar of a product from {@code from} to {@code to}: the days its slot is taken and the days it is free. A
 * product that is not sold exclusively is never taken. Whose bookings hold the taken days is not told.
 */
public record Availability(
        Product product, boolean exclusive, LocalDate from, LocalDate to, List<DayRange> taken, List<DayRange> free) {

    static Availability of(Product product, LocalDate from, LocalDate to, List<DayRange> held) {
        var taken = new ArrayList<DayRange>();
        for (var range : held) {
            var first = range.firstDay().isBefore(from) ? from : range.firstDay();
            var last = range.lastDay().isAfter(to) ? to : range.lastDay();
            if (!taken.isEmpty() && !first.isAfter(taken.getLast().lastDay().plusDays(1))) {
                var previous = taken.removeLast();
                taken.add(new DayRange(
                        previous.firstDay(), last.isAfter(previous.lastDay()) ? last : previous.lastDay()));
            } else {
                taken.add(new DayRange(first, last));
            }
        }
        var free = new ArrayList<DayRange>();
        var next = from;
        for (var range : taken) {
            if (range.firstDay().isAfter(next)) {
                free.add(new DayRange(next, range.firstDay().minusDays(1)));
            }
            next = range.lastDay().plusDays(1);
        }
        if (!next.isAfter(to)) {
            free.add(new DayRange(next, to));
        }
        return new Availability(product, Inventory.exclusive(product), from, to, List.copyOf(taken), List.copyOf(free));
    }
}
