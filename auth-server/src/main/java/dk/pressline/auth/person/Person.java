package dk.pressline.auth.person;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Someone who signs in at the issuer with an e-mail address and a password. */
public record Person(
        String username,
        String name,
        String passwordHash,
        List<String> roles,
        Optional<String> advertiserId,
        boolean enabled,
        int failedAttempts,
        Optional<Instant> lockedUntil) {

    public Person {
        roles = List.copyOf(roles);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }
}
