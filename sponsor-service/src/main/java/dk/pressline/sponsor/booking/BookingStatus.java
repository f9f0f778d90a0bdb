package dk.pressline.sponsor.booking;

import java.time.Instant;

/**
 * Where a booking stands. Requested, approved and active bookings hold their slot (the constraint in
 * {@code V2__create_bookings.sql} names them); the others have let it go.
 * Only an active booking is shown to readers.
 */
public enum BookingStatus {
    /** Submitted by the advertiser, waiting for sales. */
    REQUESTED,
    /** Requested, but not approved before its hold ended; its days are free for others. */
    HOLD_EXPIRED,
    /** Accepted by sales; goes live when its flight starts. */
    APPROVED,
    /** Live: its flight has started and not ended. */
    ACTIVE,
    /** Its flight ended. */
    EXPIRED,
    /** Refused by sales, with a reason. */
    REJECTED,
    /** Called off by the advertiser before its flight started. */
    CANCELLED,
    /** Pulled by sales, with a reason. */
    WITHDRAWN;

    /** The status a booking stored with this one has at {@code now}: a request whose hold has ended has lapsed. */
    BookingStatus at(Instant holdUntil, Instant now) {
        return this == REQUESTED && holdUntil != null && !holdUntil.isAfter(now) ? HOLD_EXPIRED : this;
    }
}
