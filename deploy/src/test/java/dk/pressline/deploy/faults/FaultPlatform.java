package dk.pressline.deploy.faults;

import dk.pressline.deploy.LocalPlatform;
import dk.pressline.deploy.PlatformLayout;
import dk.pressline.deploy.RunningPlatform;
import dk.pressline.servers.Readiness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The platform in production's shape, started once for every fault test class of a run: three Kafka brokers (topics
 * replicated three times, {@code min.insync.replicas} 2, producers with {@code acks=all}), two instances of every
 * consuming service, Elasticsearch, PostgreSQL, the mail server, the token issuer, the website and the gateway, each in
 * a process of its own, on ports 10,000 above the local run's. Readers follow the suite's theme, confirmed through
 * their mail, so each publication is alerted to them; other readers get the newsletter, here an edition a minute.
 */
public final class FaultPlatform implements BeforeAllCallback, ParameterResolver {

    static final String THEME = "fejltest";
    static final String SECTION = "fejltest";
    static final String AUTHOR = "fejltest-redaktoer";
    /** The advertiser the demo's advertiser client books for. */
    static final String ADVERTISER = "ad-nordlys";

    static final List<String> READERS = List.of("laeser-1@fejltest.dk", "laeser-2@fejltest.dk", "laeser-3@fejltest.dk");
    /** Readers of the newsletter, which goes out every minute here rather than twice a week (see SETTINGS). */
    static final List<String> NEWSLETTER_READERS = List.of("nyhedsbrev-1@fejltest.dk", "nyhedsbrev-2@fejltest.dk");
    /**
     * The load's readers all come from this machine's address and browser: production would hold their sign-ups to ten
     * an hour, count their clicks and impressions of a booking once per half hour, and refuse the advertiser's
     * requests beyond ten waiting for sales (which pile up while a fault holds approvals back).
     */
    static final Map<String, String> SETTINGS = Map.of(
            "PRESSLINE_NOTIFICATIONS_NEWSLETTER_SCHEDULE", "0 * * * * *",
            "PRESSLINE_NOTIFICATIONS_SIGN_UP_PER_CLIENT_COUNT", "100000",
            "PRESSLINE_SPONSOR_INTERACTIONS_READER_WINDOW", "0s",
            "PRESSLINE_SPONSOR_BOOKINGS_MAX_OPEN_REQUESTS", "100000");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FaultPlatform.class);
    private static final Pattern CONFIRMATION_TOKEN = Pattern.compile("bekraeft\\?token=([^\\s\"<>]+)");

    @Override
    public void beforeAll(ExtensionContext context) {
        var attempt = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Running.class, type -> Running.start(), Running.class);
        if (attempt.failure() != null) {
            throw new IllegalStateException("The platform in production's shape did not start", attempt.failure());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).get(Running.class, Running.class);
    }

    /** The platform, its API, the mail it sent, and the table of what each scenario kept. */
    record Running(
            LocalPlatform platform,
            PlatformApi api,
            String editorToken,
            String advertiserToken,
            String salesToken,
            MailLedger mail,
            FaultReport report,
            Exception failure)
            implements AutoCloseable {

        static Running start() {
            var data = RunningPlatform.repository().resolve("deploy/target/fault-platform");
            try {
                FileSystemUtils.deleteRecursively(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var platform = new LocalPlatform(PlatformLayout.PRODUCTION_SHAPE.withSettings(SETTINGS));
            try {
                platform.start(RunningPlatform.repository(), data);
                var api = new PlatformApi(
                        platform.layout().siteUrl(), platform.layout().tokenIssuer());
                var editor = api.token("editor:editor-secret");
                api.require(
                        editor,
                        "POST",
                        "/api/sections",
                        "{\"slug\": \"%s\", \"name\": \"Fejltest\"}".formatted(SECTION));
                api.require(
                        editor, "POST", "/api/themes", "{\"slug\": \"%s\", \"name\": \"Fejltest\"}".formatted(THEME));
                api.require(
                        editor,
                        "POST",
                        "/api/authors",
                        "{\"id\": \"%s\", \"name\": \"Fejl Testesen\"}".formatted(AUTHOR));
                var sales = api.token("sales:sales-secret");
                api.require(sales, "POST", "/api/advertisers", """
                        {"id": "%s", "name": "Nordlys Energi A/S",
                         "contact": {"name": "Camilla Strand", "email": "camilla@nordlys.example.dk"},
                         "invoicing": {"companyName": "Nordlys Energi A/S", "cvr": "12345678",
                                       "address": "Kajgade 14, 8000 Aarhus C", "email": "faktura@nordlys.example.dk"}}""".formatted(ADVERTISER));
                for (var product : List.of("RELATED_FEED_ITEM", "EVENT_LISTING")) {
                    api.require(sales, "POST", "/api/prices", """
                            {"product": "%s", "validFrom": "%s", "pricePerDay": 95000}""".formatted(
                            product,
                            LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1)));
                }
                var running = new Running(
                        platform,
                        api,
                        editor,
                        api.token("advertiser:advertiser-secret"),
                        sales,
                        new MailLedger(),
                        new FaultReport(),
                        null);
                running.signUpReaders();
                return running;
            } catch (Exception e) {
                platform.stop();
                return new Running(platform, null, null, null, null, null, null, e);
            }
        }

        private void signUpReaders() throws InterruptedException {
            var signUps = new LinkedHashMap<String, String>();
            READERS.forEach(reader -> signUps.put(reader, """
                    {"email": "%s", "language": "da", "newsletter": false, "eventNews": false,
                     "themes": ["%s"], "form": "fault-suite", "wordingVersion": "2026-11"}""".formatted(reader, THEME)));
            NEWSLETTER_READERS.forEach(reader -> signUps.put(reader, """
                    {"email": "%s", "language": "da", "newsletter": true, "eventNews": true,
                     "form": "fault-suite", "wordingVersion": "2026-11"}""".formatted(reader)));
            signUps.forEach((reader, signUp) -> api.require(null, "POST", "/api/subscriptions", signUp));
            var confirmed = new ArrayList<String>();
            Readiness.within(Duration.ofMinutes(1), Duration.ofMillis(500))
                    .until(
                            () -> {
                                for (var reader : signUps.keySet()) {
                                    if (confirmed.contains(reader)) {
                                        continue;
                                    }
                                    for (var mail : mail.to(platform.mail().greenMail(), reader)) {
                                        var token = CONFIRMATION_TOKEN.matcher(mail.text());
                                        if (token.find()) {
                                            api.require(
                                                    null,
                                                    "POST",
                                                    "/api/subscriptions/confirm?token=" + token.group(1),
                                                    null);
                                            confirmed.add(reader);
                                            break;
                                        }
                                    }
                                }
                                return confirmed.size() == signUps.size();
                            },
                            () -> {},
                            () -> new IllegalStateException(
                                    "No confirmation mail for " + signUps.keySet() + " but " + confirmed));
        }

        @Override
        public void close() {
            if (report != null) {
                report.print();
            }
            platform.stop();
        }
    }
}
