package dk.pressline.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.pressline.notification.Mailbox;
import dk.pressline.notification.NotificationServiceTest;
import dk.pressline.notification.Readers;
import dk.pressline.testsupport.web.ApiClient;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-up limits per mailbox, per client address and for all clients, through the API and on the database. */
@NotificationServiceTest
class SignUpLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    AddressHashes hashes;

    Mailbox mailbox = Mailbox.ofTestServer();

    @Test
    void tenSignUpsForVariantsOfOneMailboxSendAtMostThreeConfirmationMails() {
        var name = "victim-" + UUID.randomUUID().toString().substring(0, 8);
        var variants = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> (i % 2 == 0 ? name.toUpperCase() : name) + "+" + i + "@Example.com")
                .toList();

        var statuses = new ArrayList<Integer>();
        for (var variant : variants) {
            var response = fromNewClient().post("/api/subscriptions", signUpJson(variant));
            statuses.add(response.status());
            if (response.status() == 429) {
                var problem = response.assertProblem(429);
                assertThat(problem.path("errors").get(0).path("field").asString())
                        .isEqualTo("email");
                assertThat(response.header("Retry-After")).isPresent();
            }
        }

        assertThat(statuses)
                .as("each sign-up from a client of its own")
                .containsExactly(202, 202, 202, 429, 429, 429, 429, 429, 429, 429);
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(variants) == 3);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> mailsTo(variants) == 3);
    }

    @Test
    void aClientBeyondItsLimitIsAnswered429WithRetryAfterAsProblemJson() {
        var client = fromNewClient();
        for (int i = 0; i < 10; i++) {
            var accepted = client.post("/api/subscriptions", signUpJson(Readers.newAddress("neighbour")));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        }

        var refused = client.post("/api/subscriptions", signUpJson(Readers.newAddress("neighbour")));

        var problem = refused.assertProblem(429);
        assertThat(problem.path("title").asString()).isEqualTo("Too many sign-ups");
        assertThat(problem.path("detail").asString()).contains("client address");
        var retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertThat(retryAfter).as("a token comes back every hour / 10").isBetween(1L, 360L);
        assertThat(fromNewClient()
                        .post("/api/subscriptions", signUpJson(Readers.newAddress("other")))
                        .status())
                .as("another client is not held back")
                .isEqualTo(202);
    }

    @Test
    void theCeilingForAllClientsHoldsAcrossInstancesSharingTheDatabase() {
        var ceiling = new SubscriptionProperties.SignUp(
                new SubscriptionProperties.Limit(100, Duration.ofHours(1)),
                new SubscriptionProperties.Limit(100, Duration.ofHours(1)),
                new SubscriptionProperties.Limit(4, Duration.ofMinutes(10)),
                Duration.ofDays(7),
                Duration.ofHours(1));
        var first = new SignUpLimits(newBuckets(), hashes, ceiling);
        var second = new SignUpLimits(newBuckets(), hashes, ceiling);

        for (int i = 0; i < 2; i++) {
            first.admit(Readers.newClientAddress(), Readers.newAddress("crowd"));
            second.admit(Readers.newClientAddress(), Readers.newAddress("crowd"));
        }

        assertThatThrownBy(() -> first.admit(Readers.newClientAddress(), Readers.newAddress("crowd")))
                .isInstanceOfSatisfying(TooManySignUpsException.class, refused -> {
                    assertThat(refused.limit()).isEqualTo(TooManySignUpsException.Limit.ALL_CLIENTS);
                    assertThat(refused.retryAfterSeconds()).isPositive();
                });
    }

    @Test
    void anIpv6ClientIsCountedByItsNetwork() {
        assertThat(SignUpLimits.network("2001:db8:1:2:aaaa::1"))
                .isEqualTo(SignUpLimits.network("2001:db8:1:2::ffff"))
                .isNotEqualTo(SignUpLimits.network("2001:db8:1:3::1"));
        assertThat(SignUpLimits.network("198.18.0.7")).isEqualTo("198.18.0.7");
    }

    @Test
    void aMailboxIsTheAddressWithoutCaseTagOrGmailDots() {
        assertThat(AddressHashes.mailbox(" Victim+Promo@Example.COM ")).isEqualTo("victim@example.com");
        assertThat(AddressHashes.mailbox("a.nna+x@googlemail.com")).isEqualTo("anna@gmail.com");
        assertThat(AddressHashes.mailbox("a.nna@example.dk")).isEqualTo("a.nna@example.dk");
    }

    /** A second instance's view of the same buckets: its own proxy manager on the same database. */
    private PostgreSQLSelectForUpdateBasedProxyManager<String> newBuckets() {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_up_buckets")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    private long mailsTo(List<String> addresses) {
        return addresses.stream()
                .mapToLong(address -> mailbox.to(address, "Bekræft").size())
                .sum();
    }

    private ApiClient fromNewClient() {
        return ApiClient.atLocalPort(port).withHeader("X-Forwarded-For", Readers.newClientAddress());
    }

    private static String signUpJson(String email) {
        return "{\"email\":\"" + email + "\",\"themes\":[],\"form\":\"article-footer\",\"wordingVersion\":\"2026-03\"}";
    }
}
