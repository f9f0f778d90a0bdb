package dk.pressline.platform.readers;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;

/**
 * Tells readers apart without knowing who they are, and robots from readers. A reader is a keyed hash (HMAC-SHA256
 * with a secret) of the client's address and user agent: the same browser on the same connection gives the same key,
 * while neither the address nor the agent is stored or can be recovered from it. No cookie is set, so nothing needs
 * the reader's consent and a client that drops cookies is still recognised. The address is the one the request came
 * from, or the client's address a trusted proxy (the gateway) forwarded ({@code server.forward-headers-strategy}).
 *
 * <p>Robots are recognised by Yauaa's maintained rules for the device class. Only those rules are loaded (about 90 MB
 * of heap), once per JVM, on a thread of their own when the first {@code Readers} is made (several seconds of one
 * core): starting does not wait for them, a reader in the first seconds does. A service that uses this class adds
 * the optional {@code nl.basjes.parse.useragent:yauaa} dependency.
 */
public final class Readers {

    private static final Set<String> ROBOTS = Set.of("Robot", "Robot Mobile", "Robot Imitator", "Hacker");
    private static final int KEY_BYTES = 16;

    /** One analyzer for the JVM, built when the first {@code Readers} is. */
    private static final class Rules {
        static final CompletableFuture<UserAgentAnalyzer> analyzer = CompletableFuture.supplyAsync(
                () -> UserAgentAnalyzer.newBuilder()
                        .withField(UserAgent.DEVICE_CLASS)
                        .hideMatcherLoadStats()
                        .dropTests()
                        .withCache(10_000)
                        .immediateInitialization()
                        .build(),
                task -> Thread.ofPlatform().name("user-agent-rules").daemon().start(task));
    }

    private final SecretKeySpec secret;
    private final CompletableFuture<UserAgentAnalyzer> analyzer = Rules.analyzer;

    /** @param secret the key of the HMAC; instances that must recognise one reader as the same share it */
    public Readers(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("A reader key secret is needed");
        }
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The reader's key, or nothing for a known robot (and a client that sends no user agent at all). */
    public Optional<String> readerKey(HttpServletRequest request) {
        var userAgent = request.getHeader("User-Agent");
        if (userAgent == null || userAgent.isBlank() || isRobot(userAgent)) {
            return Optional.empty();
        }
        return Optional.of(key(request.getRemoteAddr() + "\n" + userAgent));
    }

    public boolean isRobot(String userAgent) {
        return ROBOTS.contains(analyzer.join().parse(userAgent).getValue(UserAgent.DEVICE_CLASS));
    }

    private String key(String reader) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            var hash = mac.doFinal(reader.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, KEY_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
