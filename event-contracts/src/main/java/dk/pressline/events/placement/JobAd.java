package dk.pressline.events.placement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A job advertised in the job listings.
 *
 * @param deadline last day to apply; {@code null} when applications are open until the job is filled
 */
public record JobAd(
        String employer,
        String title,
        String location,
        @Schema(nullable = true) LocalDate deadline) {

    public JobAd {
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(location, "location");
    }
}
