package dk.pressline.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.util.ClassUtils;

/** Subscriptions, theme alerts and the twice-weekly newsletter. */
@SpringBootApplication
public class NotificationServiceApplication {

    /**
     * Unless this system property names it, Jakarta Mail looks its stream provider up through {@code ServiceLoader},
     * scanning the class path, for every body part it builds or writes: a third of a sending thread's time.
     */
    public static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    public static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    public static void main(String[] args) {
        if (System.getProperty(STREAM_PROVIDER) == null
                && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, NotificationServiceApplication.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
        SpringApplication.run(NotificationServiceApplication.class, args);
    }
}
