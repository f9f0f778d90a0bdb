package dk.pressline.portal.booking;

import dk.pressline.portal.person.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The advertiser's bookings: the list with each status in Danish, one booking with its preview, calling one off
 * before its flight starts, and the booking form with its quote and preview. sponsor-service shows an advertiser only
 * its own bookings; another's is the portal's 404.
 */
@Controller
@RequestMapping("/bookinger")
class BookingPages {

    private final SponsorBookings bookings;
    private final Clock clock;

    BookingPages(SponsorBookings bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute(
                "bookings",
                bookings.list(null).stream()
                        .sorted(Comparator.comparing(Booking::firstDay).reversed())
                        .toList());
        return "bookings/list";
    }

    @GetMapping("/{id}")
    String booking(@PathVariable String id, Model model) {
        return detail(bookings.get(id), model);
    }

    @GetMapping("/{id}/annuller")
    String confirmCancel(@PathVariable String id, Model model) {
        var booking = bookings.get(id);
        if (!booking.cancellableAt(clock.instant())) {
            return "redirect:/bookinger/" + id;
        }
        model.addAttribute("booking", booking);
        return "bookings/cancel";
    }

    @PostMapping("/{id}/annuller")
    String cancel(@PathVariable String id, Model model, RedirectAttributes redirect) {
        try {
            bookings.cancel(id);
        } catch (SponsorBookings.Refused refused) {
            model.addAttribute("refused", refused.input());
            return detail(bookings.get(id), model);
        }
        redirect.addFlashAttribute("notice", "Bookingen er annulleret.");
        return "redirect:/bookinger/" + id;
    }

    /** The empty form, or one with the product and flight chosen on the calendar. */
    @GetMapping("/ny")
    String form(
            @RequestParam(required = false) String product,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            @ModelAttribute("person") Person person,
            Model model) {
        return form(BookingForm.empty().forFlight(product, firstDay, lastDay), null, person, model);
    }

    /** "Forhåndsvis" shows the form again with the quote and preview; "Book" sends the booking. */
    @PostMapping("/ny")
    String book(
            @ModelAttribute("form") BookingForm form,
            @RequestParam(name = "handling", defaultValue = "forhaandsvis") String action,
            @ModelAttribute("person") Person person,
            Model model,
            RedirectAttributes redirect) {
        if (!"book".equals(action)) {
            return form(form, null, person, model);
        }
        try {
            var booked = bookings.book(form);
            redirect.addFlashAttribute("notice", "Tak. Bookingen er sendt til salg, som godkender den.");
            return "redirect:/bookinger/" + booked.id();
        } catch (SponsorBookings.Refused refused) {
            return form(form, refused.input(), person, model);
        }
    }

    private String form(BookingForm form, RefusedInput refused, Person person, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("products", BookingTexts.PRODUCTS);
        model.addAttribute("preview", Preview.of(bookings.advertiserName(person.advertiserId()), form));
        if (refused != null) {
            model.addAttribute("refused", refused);
        }
        if (form.hasFlight()) {
            try {
                model.addAttribute("quote", bookings.quote(form.product(), form.firstDay(), form.lastDay()));
            } catch (SponsorBookings.Refused noQuote) {
                model.addAttribute("quoteRefused", noQuote.input());
            }
        }
        return "bookings/form";
    }

    private String detail(Booking booking, Model model) {
        model.addAttribute("booking", booking);
        model.addAttribute("cancellable", booking.cancellableAt(clock.instant()));
        model.addAttribute("preview", Preview.of(bookings.advertiserName(booking.advertiserId()), booking));
        return "bookings/detail";
    }
}
