package dk.pressline.events.placement;

import java.util.Objects;

/**
 * What the reader sees of a placement.
 *
 * @param teaser {@code null} when there is none
 * @param imageUrl {@code null} when there is none
 * @param logoUrl the advertiser's logo; {@code null} when there is none
 */
public record Creative(String title, String teaser, String linkUrl, String imageUrl, String logoUrl) {

    public Creative {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(linkUrl, "linkUrl");
    }
}
