package dk.pressline.notification.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mail addresses as they are compared (trimmed, lower case), as the mailbox they deliver to, and as suppressions keep
 * them (a keyed hash).
 */
public final class AddressHashes {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Set<String> GMAIL = Set.of("gmail.com", "googlemail.com");

    private final SecretKeySpec key;

    public AddressHashes(String suppressionKey) {
        this.key = new SecretKeySpec(suppressionKey.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The mailbox an address delivers to: lower case, without a {@code +tag} on the local part, and for Gmail without
     * the dots it ignores, so {@code A.Nna+x@GoogleMail.com} is {@code anna@gmail.com}.
     */
    public static String mailbox(String address) {
        var normalised = normalise(address);
        var at = normalised.lastIndexOf('@');
        if (at < 0) {
            return normalised;
        }
        var local = normalised.substring(0, at);
        var domain = normalised.substring(at + 1);
        var plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (GMAIL.contains(domain)) {
            return local.replace(".", "") + "@gmail.com";
        }
        return local + "@" + domain;
    }

    public String hash(String address) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalise(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
