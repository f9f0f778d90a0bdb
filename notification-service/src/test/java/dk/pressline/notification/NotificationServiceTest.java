package dk.pressline.notification;

import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a random port against real Kafka, PostgreSQL and SMTP, trusting test tokens, with the site at
 * {@link #SITE_URL}: an origin none of the events' canonical URLs use.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            TestSecrets.LINK_SECRET,
            TestSecrets.SUPPRESSION_KEY,
            TestSecrets.BOUNCE_SECRET,
            "pressline.site-url=" + NotificationServiceTest.SITE_URL
        })
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES, Server.SMTP})
public @interface NotificationServiceTest {

    String SITE_URL = "https://nyheder.example";
}
