package dk.pressline.portal.sales;

import dk.pressline.portal.booking.Booking;
import dk.pressline.portal.booking.Preview;
import dk.pressline.portal.booking.SponsorBookings;
import java.util.Comparator;
import java.util.HashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sales' approval queue: the requested bookings, oldest first, each with its preview as readers will see it, to
 * approve or to reject with a reason the advertiser will read.
 */
@Controller
@RequestMapping("/salg")
class ApprovalQueue {

    private static final String QUEUE = "redirect:/salg/godkendelser";

    private final SponsorBookings bookings;

    ApprovalQueue(SponsorBookings bookings) {
        this.bookings = bookings;
    }

    /** A requested booking with its preview. */
    record Waiting(Booking booking, Preview preview) {}

    @GetMapping("/godkendelser")
    String queue(Model model) {
        var advertiserNames = new HashMap<String, String>();
        model.addAttribute(
                "waiting",
                bookings.list("REQUESTED").stream()
                        .sorted(Comparator.comparing(Booking::createdAt))
                        .map(booking -> new Waiting(
                                booking,
                                Preview.of(
                                        advertiserNames.computeIfAbsent(
                                                booking.advertiserId(), bookings::advertiserName),
                                        booking)))
                        .toList());
        return "sales/queue";
    }

    @PostMapping("/bookinger/{id}/godkend")
    String approve(@PathVariable String id, RedirectAttributes redirect) {
        try {
            bookings.approve(id);
            redirect.addFlashAttribute("notice", "Bookingen er godkendt.");
        } catch (SponsorBookings.Refused refused) {
            redirect.addFlashAttribute("problem", refused.input().message());
        }
        return QUEUE;
    }

    /** A rejection needs a reason: without one nothing is sent, and the queue says so at that booking's field. */
    @PostMapping("/bookinger/{id}/afvis")
    String reject(
            @PathVariable String id,
            @RequestParam(name = "begrundelse", defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        if (reason.isBlank()) {
            model.addAttribute("missingReason", id);
            return queue(model);
        }
        try {
            bookings.reject(id, reason.strip());
            redirect.addFlashAttribute("notice", "Bookingen er afvist. Annoncøren kan se begrundelsen.");
        } catch (SponsorBookings.Refused refused) {
            redirect.addFlashAttribute("problem", refused.input().message());
        }
        return QUEUE;
    }
}
