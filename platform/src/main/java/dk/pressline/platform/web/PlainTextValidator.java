package dk.pressline.platform.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Refuses anything a browser could read as a tag, and control characters other than tab and line breaks. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private static final Pattern MARKUP_OR_CONTROL = Pattern.compile("<\\s*[a-zA-Z/!?]|[\\p{Cc}&&[^\\t\\n\\r]]");

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || !MARKUP_OR_CONTROL.matcher(value).find();
    }
}
