package dk.pressline.auth.person;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.auth.AuthProperties;
import dk.pressline.auth.AuthProperties.DemoPerson;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The configured demo people are stored at start-up with hashed passwords, once; a stored person is left as it is. */
// On a random port, as the service's web tests, so they all share one started service.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(Server.POSTGRES)
class DemoPeopleTests {

    @Autowired
    People people;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuthProperties properties;

    @Autowired
    DemoPeople demoPeople;

    @Test
    void storesEachConfiguredPersonAtStartUpWithABcryptHashOfTheirPassword() {
        assertThat(properties.demoPeople()).hasSize(5);
        for (DemoPerson demo : properties.demoPeople()) {
            Person stored = people.find(demo.username()).orElseThrow();
            assertThat(stored.name()).isEqualTo(demo.name());
            assertThat(stored.roles()).isEqualTo(demo.roles());
            assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain(demo.password());
            assertThat(passwordEncoder.matches(demo.password(), stored.passwordHash()))
                    .isTrue();
        }
        assertThat(people.find("mette@nordlys-energi.dk").orElseThrow().advertiserId())
                .contains("ad-nordlys");
        assertThat(demoPeople.addMissing()).as("at the next start").isZero();
    }

    @Test
    void neverOverwritesAStoredPersonAtTheNextStart() {
        String username = "demo-" + UUID.randomUUID() + "@pressline.dk";
        var firstStart = demoPeopleOf(new DemoPerson(username, "first-password", "First Name", List.of("SALES"), null));
        var nextStart = demoPeopleOf(
                new DemoPerson(username, "second-password", "Second Name", List.of("ADMIN"), "ad-nordlys"));

        assertThat(firstStart.addMissing()).isEqualTo(1);
        assertThat(nextStart.addMissing()).isZero();

        Person stored = people.find(username).orElseThrow();
        assertThat(stored.name()).isEqualTo("First Name");
        assertThat(stored.roles()).containsExactly("SALES");
        assertThat(stored.advertiserId()).isEmpty();
        assertThat(passwordEncoder.matches("first-password", stored.passwordHash()))
                .isTrue();
    }

    private DemoPeople demoPeopleOf(DemoPerson person) {
        return new DemoPeople(
                people,
                passwordEncoder,
                new AuthProperties(
                        properties.audience(),
                        Duration.ofHours(1),
                        List.of(),
                        List.of(person),
                        properties.signIn(),
                        properties.portal()));
    }
}
