package dk.pressline.platform.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation answers whatever its path variables name (an unknown theme's feed is an empty feed), so its API
 * description has no 404 for them.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AnswersAnyPathVariable {}
