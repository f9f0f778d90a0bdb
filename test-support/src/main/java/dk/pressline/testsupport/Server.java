package dk.pressline.testsupport;

/** The real servers a test can ask for. */
public enum Server {
    KAFKA,
    POSTGRES,
    ELASTICSEARCH,
    SMTP
}
