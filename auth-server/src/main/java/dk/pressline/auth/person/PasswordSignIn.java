package dk.pressline.auth.person;

import dk.pressline.auth.AuthProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a person's e-mail address and password, locking the account after too many failures in a row. An unknown
 * address, a wrong password and a disabled account fail alike, after the same password hashing, so a sign-in does
 * not tell whether an address is known.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final People people;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuthProperties.SignIn policy;
    private final String unknownPersonHash;

    PasswordSignIn(People people, PasswordEncoder passwordEncoder, Clock clock, AuthProperties properties) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.policy = properties.signIn();
        this.unknownPersonHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String password = String.valueOf(attempt.getCredentials());
        Optional<Person> found = people.find(attempt.getName());
        boolean passwordMatches = passwordEncoder.matches(
                password, found.map(Person::passwordHash).orElse(unknownPersonHash));
        Person person = found.filter(Person::enabled).orElseThrow(PasswordSignIn::wrongCredentials);
        Instant now = clock.instant();
        if (person.lockedAt(now)) {
            throw new AccountLockedException(person.lockedUntil().orElseThrow());
        }
        if (!passwordMatches) {
            people.recordFailure(person.username(), now, policy).ifPresent(lockedUntil -> {
                throw new AccountLockedException(lockedUntil);
            });
            throw wrongCredentials();
        }
        people.recordSuccess(person.username());
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(now)
                .build());
        person.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return UsernamePasswordAuthenticationToken.authenticated(person.username(), null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static BadCredentialsException wrongCredentials() {
        return new BadCredentialsException("Wrong e-mail or password");
    }
}
