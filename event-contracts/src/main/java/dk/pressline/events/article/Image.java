package dk.pressline.events.article;

import java.util.Objects;

/**
 * An image with its texts.
 *
 * @param caption {@code null} when there is none
 * @param credit the photographer or agency; {@code null} when there is none
 * @param altText {@code null} when there is none
 */
public record Image(String url, String caption, String credit, String altText) {

    public Image {
        Objects.requireNonNull(url, "url");
    }
}
