package dk.pressline.deploy.demo;

/** The platform refused or failed a call the demo needs; what has been created so far stays. */
public class DemoLoadException extends RuntimeException {

    DemoLoadException(String message) {
        super(message);
    }

    DemoLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
