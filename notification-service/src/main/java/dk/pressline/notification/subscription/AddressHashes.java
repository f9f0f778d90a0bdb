package dk.pressline.notification.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Mail addresses as they are compared (trimmed, lower case) and as suppressions keep them (a keyed hash). */
public final class AddressHashes {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public AddressHashes(String suppressionKey) {
        this.key = new SecretKeySpec(suppressionKey.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    public String hash(String address) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalise(address).getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
