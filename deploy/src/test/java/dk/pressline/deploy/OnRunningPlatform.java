package dk.pressline.deploy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against the whole platform started by {@code ./pressline run --demo}. Such classes run in
 * the build's integration-test phase (Failsafe), after the launcher and every service are packaged.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("platform")
@ExtendWith(RunningPlatform.class)
public @interface OnRunningPlatform {}
