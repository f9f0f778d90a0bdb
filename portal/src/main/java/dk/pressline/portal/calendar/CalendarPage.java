package dk.pressline.portal.calendar;

import dk.pressline.portal.booking.Availability;
import dk.pressline.portal.booking.Booking;
import dk.pressline.portal.booking.BookingTexts;
import dk.pressline.portal.booking.SponsorBookings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A product's availability calendar, a month at a time, and the quote for a flight chosen on it. Taken days held by
 * a request the person can see are shown as held; whose the other taken days are, sponsor-service does not tell.
 */
@Controller
class CalendarPage {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final SponsorBookings bookings;
    private final Clock clock;

    CalendarPage(SponsorBookings bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    @GetMapping("/kalender")
    String calendar(
            @RequestParam(name = "produkt", defaultValue = "NEWSLETTER_SPONSOR") String product,
            @RequestParam(name = "maaned", required = false) String month,
            @RequestParam(name = "fra", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate firstDay,
            @RequestParam(name = "til", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate lastDay,
            Model model) {
        if (!BookingTexts.PRODUCTS.containsKey(product)) {
            product = "NEWSLETTER_SPONSOR";
        }
        var shown = monthOrThisOne(month);
        var availability = bookings.availability(product, shown.atDay(1), shown.atEndOfMonth());
        var chosenProduct = product;
        var held = bookings.list("REQUESTED").stream()
                .filter(booking -> booking.product().equals(chosenProduct))
                .map(CalendarPage::days)
                .toList();
        model.addAttribute("products", BookingTexts.PRODUCTS);
        model.addAttribute("product", product);
        model.addAttribute("productText", BookingTexts.PRODUCTS.get(product));
        model.addAttribute("exclusive", availability.exclusive());
        model.addAttribute("grid", MonthGrid.of(shown, availability, held));
        model.addAttribute("previousMonth", shown.minusMonths(1));
        model.addAttribute("nextMonth", shown.plusMonths(1));
        model.addAttribute("firstDay", firstDay);
        model.addAttribute("lastDay", lastDay);
        if (firstDay != null && lastDay != null) {
            try {
                model.addAttribute("quote", bookings.quote(product, firstDay, lastDay));
            } catch (SponsorBookings.Refused refused) {
                model.addAttribute("quoteRefused", refused.input());
            }
        }
        return "calendar/month";
    }

    private YearMonth monthOrThisOne(String month) {
        if (month != null) {
            try {
                return YearMonth.parse(month);
            } catch (DateTimeParseException unreadable) {
                // An address typed by hand: show this month rather than an error.
            }
        }
        return YearMonth.now(clock.withZone(DANISH_TIME));
    }

    private static Availability.Days days(Booking booking) {
        return new Availability.Days(booking.firstDay(), booking.lastDay());
    }
}
