package dk.pressline.auth.person;

import dk.pressline.auth.AuthProperties;
import dk.pressline.auth.AuthProperties.DemoPerson;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Stores the configured demo people that are missing at start-up; a stored person is never changed. */
@Component
public class DemoPeople implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    private final People people;
    private final PasswordEncoder passwordEncoder;
    private final AuthProperties properties;

    DemoPeople(People people, PasswordEncoder passwordEncoder, AuthProperties properties) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        addMissing();
    }

    /** @return how many people it stored */
    public int addMissing() {
        int added = 0;
        for (DemoPerson person : properties.demoPeople()) {
            if (!people.exists(person.username())
                    && people.addUnlessStored(
                            person.username(),
                            person.name(),
                            passwordEncoder.encode(person.password()),
                            person.roles(),
                            Optional.ofNullable(person.advertiserId()).filter(id -> !id.isBlank()))) {
                added++;
            }
        }
        if (added > 0) {
            log.info("Stored {} demo people", added);
        }
        return added;
    }
}
