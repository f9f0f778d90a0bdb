package dk.pressline.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which tokens a service accepts, on top of the signature check configured under
 * {@code spring.security.oauth2.resourceserver.jwt}.
 *
 * @param tokenIssuer the {@code iss} every token must carry
 */
@ConfigurationProperties("pressline.security")
public record PresslineSecurityProperties(String tokenIssuer) {}
