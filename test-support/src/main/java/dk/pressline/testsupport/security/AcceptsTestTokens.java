package dk.pressline.testsupport.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service under test trusts tokens minted by {@link TestTokens} (and no others): their key, issuer and audience
 * replace the token issuer the service is configured with.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AcceptsTestTokens {}
