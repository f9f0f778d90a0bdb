package dk.pressline.readerlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every text/background pair of site.css's palette meets WCAG 2.2 AA: 4.5:1 for text, 3:1 for large text and for
 * interface parts such as the focus ring and input borders. The colours are read from the stylesheet itself.
 */
class PaletteContrastTests {

    private static final Pattern CUSTOM_PROPERTY = Pattern.compile("--(color-[a-z-]+):\\s*#([0-9a-fA-F]{6})\\s*;");
    private static final Map<String, String> palette = new HashMap<>();

    @BeforeAll
    static void readPalette() throws IOException {
        try (InputStream css = PaletteContrastTests.class.getResourceAsStream("/static/assets/site.css")) {
            var matcher = CUSTOM_PROPERTY.matcher(new String(css.readAllBytes(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                palette.put(matcher.group(1), matcher.group(2));
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1} is at least {2}:1")
    @CsvSource({
        "color-text, color-background, 4.5",
        "color-muted, color-background, 4.5",
        "color-link, color-background, 4.5",
        "color-text, color-surface, 4.5",
        "color-muted, color-surface, 4.5",
        "color-link, color-surface, 4.5",
        "color-header-text, color-header-background, 4.5",
        "color-button-text, color-button-background, 4.5",
        "color-mark-text, color-mark-background, 4.5",
        "color-sponsored-text, color-sponsored-background, 4.5",
        "color-error, color-background, 4.5",
        "color-focus, color-background, 3",
        "color-focus, color-surface, 3",
        "color-border, color-background, 3",
    })
    void meetsWcagAa(String foreground, String background, double minimum) {
        assertThat(palette).containsKeys(foreground, background);

        assertThat(contrast(palette.get(foreground), palette.get(background))).isGreaterThanOrEqualTo(minimum);
    }

    @ParameterizedTest(name = "{0} on {1} is {2}:1")
    @CsvSource({"000000, ffffff, 21", "ffffff, ffffff, 1", "777777, ffffff, 4.48"})
    void computesTheContrastRatioAsWcagDefinesIt(String foreground, String background, double expected) {
        assertThat(contrast(foreground, background)).isCloseTo(expected, offset(0.01));
    }

    /** WCAG 2.x contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter first. */
    static double contrast(String foreground, String background) {
        var first = luminance(foreground);
        var second = luminance(background);
        return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
    }

    private static double luminance(String hex) {
        return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 2) + 0.0722 * channel(hex, 4);
    }

    private static double channel(String hex, int offset) {
        var value = Integer.parseInt(hex.substring(offset, offset + 2), 16) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
