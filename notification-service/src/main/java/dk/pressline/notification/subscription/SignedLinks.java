package dk.pressline.notification.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens in the links of a mail: {@code base64url(purpose:id:expiry).base64url(HMAC-SHA256)}. A token names what it
 * is for, so a confirmation token never unsubscribes, and stops working at its expiry.
 */
public final class SignedLinks {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a link lets its holder do. */
    public enum Purpose {
        /** Confirm one sign-up; the id is the consent's. */
        CONFIRM,
        /** See and change preferences, unsubscribe or be forgotten; the id is the subscriber's. */
        MANAGE
    }

    private final ThreadLocal<Mac> macs;

    public SignedLinks(String secret) {
        var key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                var mac = Mac.getInstance(ALGORITHM);
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
        });
    }

    public String sign(Purpose purpose, UUID id, Instant now, Duration validFor) {
        var payload = purpose.name() + ":" + id + ":" + now.plus(validFor).getEpochSecond();
        var bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /** The id a token of this purpose carries; empty when it is malformed, forged, for another purpose or expired. */
    public Optional<UUID> verify(Purpose purpose, String token, Instant now) {
        if (token == null) {
            return Optional.empty();
        }
        var dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            var payload = DECODER.decode(token.substring(0, dot));
            var signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                return Optional.empty();
            }
            var parts = new String(payload, StandardCharsets.UTF_8).split(":");
            if (parts.length != 3
                    || !parts[0].equals(purpose.name())
                    || Instant.ofEpochSecond(Long.parseLong(parts[2])).isBefore(now)) {
                return Optional.empty();
            }
            return Optional.of(UUID.fromString(parts[1]));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        return macs.get().doFinal(payload);
    }
}
