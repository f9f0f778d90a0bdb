package dk.pressline.events.placement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A job advertised in the job listings.
 *
 * @param deadline last day to apply; {@code null} when applications are open until the job is filled
 */
public record JobAd(String employer, String title, String location, LocalDate deadline) {

    public JobAd {
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(location, "location");
    }
}
