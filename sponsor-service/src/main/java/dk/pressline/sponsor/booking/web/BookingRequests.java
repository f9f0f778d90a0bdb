package dk.pressline.sponsor.booking.web;

import dk.pressline.events.placement.Creative;
import dk.pressline.events.placement.EventListing;
import dk.pressline.events.placement.JobAd;
import dk.pressline.events.placement.Product;
import dk.pressline.platform.web.PlainText;
import dk.pressline.sponsor.booking.BookingContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hibernate.validator.constraints.URL;

/** The bodies the booking API accepts. */
final class BookingRequests {

    private BookingRequests() {}

    /**
     * A booking as an advertiser submits it.
     *
     * @param advertiserId for sales booking on an advertiser's behalf; an advertiser's own token names its advertiser
     * @param lastDay the flight's last day, included
     */
    record Book(
            @Size(max = 64) String advertiserId,
            @NotNull Product product,
            @NotNull LocalDate firstDay,
            @NotNull LocalDate lastDay,
            @Valid @NotNull Content content) {}

    /**
     * What readers will see.
     *
     * @param themes slugs of the themes the placement targets
     */
    record Content(
            @NotNull @Size(max = 20)
            List<
                            @NotBlank @Size(max = 100)
                            @Pattern(
                                    regexp = "[a-z0-9][a-z0-9-]*",
                                    message = "must be a theme slug: lower-case letters, digits and dashes")
                            String>
                    themes,

            @Valid @NotNull CreativeRequest creative,
            @Valid EventRequest event,
            @Valid JobRequest job) {

        BookingContent toContent() {
            return new BookingContent(
                    themes,
                    creative.toCreative(),
                    event == null ? null : event.toEvent(),
                    job == null ? null : job.toJob());
        }
    }

    record CreativeRequest(
            @NotBlank @Size(max = 120) @PlainText String title,
            @Size(max = 400) @PlainText String teaser,

            @NotBlank @Size(max = 2000) @URL(regexp = "^https?:.*", message = "must be an http or https URL")
            String linkUrl,

            @Size(max = 2000) @URL(regexp = "^https?:.*", message = "must be an http or https URL")
            String imageUrl,

            @Size(max = 2000) @URL(regexp = "^https?:.*", message = "must be an http or https URL")
            String logoUrl) {

        Creative toCreative() {
            return new Creative(title, teaser, linkUrl, imageUrl, logoUrl);
        }
    }

    /** @param startTime Danish local time; leave out for an all-day event */
    record EventRequest(
            @NotBlank @Size(max = 200) @PlainText String organiser,
            @NotBlank @Size(max = 200) @PlainText String title,
            @Size(max = 2000) @PlainText String description,
            @NotNull LocalDate date,
            LocalTime startTime,
            @NotBlank @Size(max = 300) @PlainText String place) {

        EventListing toEvent() {
            return new EventListing(organiser, title, description, date, startTime, place);
        }
    }

    /** @param deadline last day to apply; leave out when the job is open until filled */
    record JobRequest(
            @NotBlank @Size(max = 200) @PlainText String employer,
            @NotBlank @Size(max = 200) @PlainText String title,
            @NotBlank @Size(max = 200) @PlainText String location,
            LocalDate deadline) {

        JobAd toJob() {
            return new JobAd(employer, title, location, deadline);
        }
    }

    /** Why sales reject or withdraw a booking; the advertiser sees it. */
    record Reason(@NotBlank @Size(max = 1000) @PlainText String reason) {}
}
