package dk.pressline.search.content;

import dk.pressline.platform.web.InvalidInputException;

/**
 * Readers' page and size parameters, read as whole numbers within what the content index can page through. A value
 * out of range or not a number is refused naming the parameter and the range allowed, never overflowing.
 */
public final class ReaderPaging {

    /** Elasticsearch's default result window: deeper pages need search_after, which readers never need. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    private static final int MAX_DIGITS = 9;

    private ReaderPaging() {}

    /** A page size from 1 to {@code largest}; absent or blank is {@code fallback}. */
    public static int size(String parameter, String value, int fallback, int largest) {
        return wholeNumber(parameter, value, fallback, 1, largest, "");
    }

    /**
     * A zero-based page number whose last item lies within the first {@link #MAX_RESULT_WINDOW} results at
     * {@code size} items a page; absent or blank is 0.
     */
    public static int page(String parameter, String value, String sizeParameter, int size) {
        int last = MAX_RESULT_WINDOW / size - 1;
        return wholeNumber(
                parameter,
                value,
                0,
                0,
                last,
                " (with " + sizeParameter + " " + size + ": only the first " + MAX_RESULT_WINDOW
                        + " results can be paged through)");
    }

    private static int wholeNumber(String parameter, String value, int fallback, int least, int largest, String why) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        var digits = value.strip().replaceFirst("^0+(?=\\d)", "");
        if (!digits.matches("\\d{1," + MAX_DIGITS + "}")
                || Integer.parseInt(digits) < least
                || Integer.parseInt(digits) > largest) {
            throw new InvalidInputException(parameter, "must be a whole number from " + least + " to " + largest + why);
        }
        return Integer.parseInt(digits);
    }
}
