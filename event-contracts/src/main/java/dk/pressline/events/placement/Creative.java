package dk.pressline.events.placement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;

/**
 * What the reader sees of a placement.
 *
 * @param teaser {@code null} when there is none
 * @param imageUrl {@code null} when there is none
 * @param logoUrl the advertiser's logo; {@code null} when there is none
 */
public record Creative(
        String title,
        @Schema(nullable = true) String teaser,
        String linkUrl,
        @Schema(nullable = true) String imageUrl,
        @Schema(nullable = true) String logoUrl) {

    public Creative {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(linkUrl, "linkUrl");
    }
}
