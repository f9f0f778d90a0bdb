package dk.pressline.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field that holds words, not markup: tags such as {@code <script>} and control characters are refused, so no
 * page that shows the text can be made to run code. Rich text (an article body) is sanitised instead.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "must be plain text, without markup such as <tags> or control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
