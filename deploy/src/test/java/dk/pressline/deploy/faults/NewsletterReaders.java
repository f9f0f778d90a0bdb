package dk.pressline.deploy.faults;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Readers signing up for the newsletter during a scenario, confirming through the link in their mail, and some of them
 * unsubscribing again. It keeps what the platform acknowledged, for the audit: each sign-up gets one confirmation mail,
 * each confirmed reader is subscribed, each unsubscribed one is not.
 */
final class NewsletterReaders {

    private static final Pattern CONFIRMATION_TOKEN = Pattern.compile("bekraeft\\?token=([^\\s\"<>]+)");
    private static final Pattern SUBSCRIBER_TOKEN = Pattern.compile("token=([^&\\s]+)");
    /** Every reader gets every edition, one a minute here: a few readers per scenario keep the mail server small. */
    private static final int SIGN_UPS = 12;

    private final FaultPlatform.Running running;
    private final String scenario;
    private final Set<String> signedUp = new HashSet<>();
    private final Set<String> awaitingConfirmation = new HashSet<>();
    private final Map<String, String> confirmed = new LinkedHashMap<>();
    private final Set<String> unsubscribeTried = new HashSet<>();
    private final Set<String> unsubscribed = new HashSet<>();

    NewsletterReaders(FaultPlatform.Running running, String scenario) {
        this.running = running;
        this.scenario = scenario;
    }

    /** One reader's action: sign-ups twice as often as confirmations, an unsubscribe now and then. */
    void step(int n) {
        switch (n % 8) {
            case 1, 5 -> confirmWaiting();
            case 7 -> unsubscribeOne();
            default -> signUp(n);
        }
    }

    private void signUp(int n) {
        synchronized (this) {
            if (signedUp.size() >= SIGN_UPS) {
                return;
            }
        }
        var address = "laeser-%s-%03d@nyhedsbrev.fejltest.dk".formatted(scenario.toLowerCase(), n);
        var answer = running.api().send(null, "POST", "/api/subscriptions", """
                {"email": "%s", "language": "da", "newsletter": true, "eventNews": true,
                 "form": "fault-suite", "wordingVersion": "2026-11"}""".formatted(address));
        if (answer.ok()) {
            synchronized (this) {
                signedUp.add(address);
                awaitingConfirmation.add(address);
            }
        }
    }

    /** Confirms every reader whose confirmation mail has arrived. */
    private void confirmWaiting() {
        Set<String> waiting;
        synchronized (this) {
            waiting = Set.copyOf(awaitingConfirmation);
        }
        if (waiting.isEmpty()) {
            return;
        }
        for (var mail : running.mail().all(running.platform().mail().greenMail())) {
            var address = mail.to().stream().filter(waiting::contains).findFirst();
            var token = CONFIRMATION_TOKEN.matcher(mail.text());
            if (address.isEmpty() || !token.find()) {
                continue;
            }
            var answer = running.api().send(null, "POST", "/api/subscriptions/confirm?token=" + token.group(1), null);
            if (answer.ok()) {
                var subscriberToken = SUBSCRIBER_TOKEN.matcher(
                        answer.body().get("preferencesUrl").asString());
                if (!subscriberToken.find()) {
                    throw new IllegalStateException("No token in " + answer.body());
                }
                synchronized (this) {
                    awaitingConfirmation.remove(address.get());
                    confirmed.put(address.get(), subscriberToken.group(1));
                }
            }
        }
    }

    private void unsubscribeOne() {
        Map.Entry<String, String> reader;
        synchronized (this) {
            reader = confirmed.entrySet().stream()
                    .filter(entry -> !unsubscribed.contains(entry.getKey()))
                    .findFirst()
                    .orElse(null);
        }
        if (reader == null) {
            return;
        }
        synchronized (this) {
            unsubscribeTried.add(reader.getKey());
        }
        if (running.api()
                .send(null, "POST", "/api/subscriptions/unsubscribe?token=" + reader.getValue(), null)
                .ok()) {
            synchronized (this) {
                unsubscribed.add(reader.getKey());
            }
        }
    }

    /** Sign-ups acknowledged: each must get exactly one confirmation mail. */
    synchronized Set<String> signedUp() {
        return Set.copyOf(signedUp);
    }

    /**
     * Readers whose confirmation was acknowledged and who did not try to unsubscribe since: each must be subscribed.
     * An unsubscribe without an answer (a timeout in a fault) may have been done or not.
     */
    synchronized List<String> subscribed() {
        var subscribed = new ArrayList<>(confirmed.keySet());
        subscribed.removeAll(unsubscribeTried);
        return subscribed;
    }

    /** Readers whose unsubscribe was acknowledged: none may be subscribed. */
    synchronized Set<String> unsubscribed() {
        return Set.copyOf(unsubscribed);
    }

    synchronized int acknowledged() {
        return signedUp.size() + confirmed.size() + unsubscribed.size();
    }
}
