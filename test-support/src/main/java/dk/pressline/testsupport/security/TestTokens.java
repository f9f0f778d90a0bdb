package dk.pressline.testsupport.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Mints access tokens for tests, signed with a key made for this test JVM. Services accept them when their test
 * context carries {@link AcceptsTestTokens}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://tokens.pressline.test";
    public static final String AUDIENCE = "pressline";

    private static final RSAKey signingKey = generateKey("pressline-test");
    private static final RSAKey strangersKey = generateKey("stranger");
    private static Path publicKeyFile;

    private TestTokens() {}

    public static TestToken editor() {
        return token("editor").roles("EDITOR");
    }

    public static TestToken sales() {
        return token("sales").roles("SALES");
    }

    public static TestToken admin() {
        return token("admin").roles("ADMIN");
    }

    public static TestToken advertiser(String advertiserId) {
        return token("advertiser-" + advertiserId).roles("ADVERTISER").advertiser(advertiserId);
    }

    /** A valid token for the subject, with no roles yet. */
    public static TestToken token(String subject) {
        return new TestToken(
                subject, List.of(), null, AUDIENCE, ISSUER, Instant.now().plus(Duration.ofHours(1)), signingKey);
    }

    /** The settings that make a resource server trust these tokens, and only these. */
    static synchronized Map<String, Object> resourceServerProperties() {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                "",
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                publicKeyFile().toUri().toString(),
                "spring.security.oauth2.resourceserver.jwt.audiences",
                AUDIENCE,
                "pressline.security.token-issuer",
                ISSUER);
    }

    private static Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                var file = Files.createTempFile("pressline-test-jwt", ".pub");
                file.toFile().deleteOnExit();
                var encoded = Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(signingKey.toRSAPublicKey().getEncoded());
                Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + encoded + "\n-----END PUBLIC KEY-----\n");
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return publicKeyFile;
    }

    private static RSAKey generateKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make a test signing key", e);
        }
    }

    /** A token under construction; {@link #encode()} signs it. */
    public record TestToken(
            String subject,
            List<String> roles,
            String advertiserId,
            String audience,
            String issuer,
            Instant expiresAt,
            RSAKey key) {

        public TestToken roles(String... roles) {
            return new TestToken(subject, List.of(roles), advertiserId, audience, issuer, expiresAt, key);
        }

        public TestToken advertiser(String advertiserId) {
            return new TestToken(subject, roles, advertiserId, audience, issuer, expiresAt, key);
        }

        public TestToken audience(String audience) {
            return new TestToken(subject, roles, advertiserId, audience, issuer, expiresAt, key);
        }

        public TestToken issuer(String issuer) {
            return new TestToken(subject, roles, advertiserId, audience, issuer, expiresAt, key);
        }

        public TestToken expired() {
            return new TestToken(
                    subject,
                    roles,
                    advertiserId,
                    audience,
                    issuer,
                    Instant.now().minus(Duration.ofHours(1)),
                    key);
        }

        /** Signed with a key the services have never seen. */
        public TestToken signedByAStranger() {
            return new TestToken(subject, roles, advertiserId, audience, issuer, expiresAt, strangersKey);
        }

        public String encode() {
            var claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(issuer)
                    .audience(audience)
                    .issueTime(Date.from(expiresAt.minus(Duration.ofHours(1))))
                    .expirationTime(Date.from(expiresAt))
                    .claim("roles", roles);
            if (advertiserId != null) {
                claims.claim("advertiser_id", advertiserId);
            }
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }
}
