package dk.pressline.sponsor.booking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Flights on time: every check activates the approved bookings whose flight has started and expires the live ones
 * whose flight has ended. Each runs in one transaction that locks the rows it acts on, so with several instances each
 * booking changes exactly once, and a restart simply catches up.
 */
@Component
class BookingSchedule {

    private static final Logger log = LoggerFactory.getLogger(BookingSchedule.class);

    private final Bookings bookings;

    BookingSchedule(Bookings bookings) {
        this.bookings = bookings;
    }

    @Scheduled(fixedDelayString = "${pressline.sponsor.schedule-check-interval}")
    void activateAndExpireDueBookings() {
        int activated = bookings.activateDue();
        int expired = bookings.expireDue();
        if (activated + expired > 0) {
            log.info("Activated {} and expired {} bookings", activated, expired);
        }
    }
}
