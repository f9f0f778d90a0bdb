package dk.pressline.auth.person;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords hashed with bcrypt behind an {@code {id}} prefix, so a stronger hash can replace it later. */
@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** When a lock ends; tests move it forward. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
