package dk.pressline.platform.security;

/** What a caller may do, carried in the token's {@code roles} claim. Readers carry no token at all. */
public enum Role {
    /** Writes and publishes articles, previews newsletters. */
    EDITOR,
    /** Manages advertisers, inventory and prices; approves bookings. */
    SALES,
    /** Acts for exactly one advertiser, the one named in the token's {@code advertiser_id} claim. */
    ADVERTISER,
    /** Everything. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
