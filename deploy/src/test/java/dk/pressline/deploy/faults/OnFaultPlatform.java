package dk.pressline.deploy.faults;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that breaks a part of the platform in production's shape ({@link FaultPlatform}) and audits what
 * survived. Such classes run in the build's integration-test phase, after every service is packaged.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("platform")
@Tag("faults")
@ExtendWith(FaultPlatform.class)
public @interface OnFaultPlatform {}
