package dk.pressline.sponsor.booking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one advertiser's unapproved requests may hold, so no advertiser can sit on slots it has not been sold.
 *
 * @param holdFor how long an unapproved request for an exclusive product holds its days; after that it lapses
 *     ({@code HOLD_EXPIRED}) and the days are free for others
 * @param horizon how far ahead of today a flight may start
 * @param maxOpenRequests how many requests one advertiser may have waiting for sales at once
 */
@ConfigurationProperties("pressline.sponsor.bookings")
public record BookingLimits(Duration holdFor, Duration horizon, Integer maxOpenRequests) {

    public BookingLimits {
        holdFor = holdFor == null ? Duration.ofDays(3) : holdFor;
        horizon = horizon == null ? Duration.ofDays(365) : horizon;
        maxOpenRequests = maxOpenRequests == null ? 10 : maxOpenRequests;
        if (holdFor.isNegative() || holdFor.isZero() || horizon.isNegative() || maxOpenRequests < 1) {
            throw new IllegalArgumentException("hold-for and horizon must be positive, max-open-requests at least 1");
        }
    }

    long horizonDays() {
        return horizon.toDays();
    }
}
