package dk.pressline.testsupport.servers;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Optional;

/**
 * A reachable SMTP server; {@code greenMail} is present when the server runs in this JVM, so tests can read what
 * it received.
 */
public record MailEndpoint(String host, int smtpPort, Optional<GreenMail> greenMail) {}
