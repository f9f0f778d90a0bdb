package dk.pressline.auth.person;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A sign-in refused, whatever the password, because too many failed in a row; it says until when. */
public class AccountLockedException extends LockedException {

    private final Instant lockedUntil;

    public AccountLockedException(Instant lockedUntil) {
        super("Locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
