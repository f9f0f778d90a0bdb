package dk.pressline.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own access rules, one bean per feature. Whatever no rule permits is denied: an anonymous caller gets
 * 401, an authenticated one 403.
 */
@FunctionalInterface
public interface AuthorizationRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
