package dk.pressline.portal.booking;

import dk.pressline.portal.config.SponsorService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** sponsor-service's booking API, called as the signed-in person. */
@Component
public class SponsorBookings {

    private static final int PAGE_SIZE = 100;

    private final RestClient api;

    SponsorBookings(SponsorService sponsorService) {
        this.api = sponsorService.api();
    }

    /** A page of bookings as sponsor-service lists them. */
    record BookingPage(List<Booking> items, long totalItems) {}

    /** The person's bookings (an advertiser's own), optionally of one status. */
    public List<Booking> list(String status) {
        var page = api.get()
                .uri(uri -> uri.path("/api/bookings")
                        .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                        .queryParam("size", PAGE_SIZE)
                        .build())
                .retrieve()
                .body(BookingPage.class);
        return page == null ? List.of() : page.items();
    }

    public Booking get(String id) {
        return api.get().uri("/api/bookings/{id}", id).retrieve().body(Booking.class);
    }

    /** Books a flight; what sponsor-service refuses comes back as {@link Refused}. */
    public Booking book(BookingForm form) {
        return refusedAsInput(() -> api.post()
                .uri("/api/bookings")
                .body(form.asRequest())
                .retrieve()
                .body(Booking.class));
    }

    /** Calls the booking off; a booking that can no longer be called off comes back as {@link Refused}. */
    public Booking cancel(String id) {
        return refusedAsInput(
                () -> api.post().uri("/api/bookings/{id}/cancel", id).retrieve().body(Booking.class));
    }

    public Booking approve(String id) {
        return refusedAsInput(() ->
                api.post().uri("/api/bookings/{id}/approve", id).retrieve().body(Booking.class));
    }

    public Booking reject(String id, String reason) {
        return refusedAsInput(() -> api.post()
                .uri("/api/bookings/{id}/reject", id)
                .body(Map.of("reason", reason))
                .retrieve()
                .body(Booking.class));
    }

    /** What the flight would cost; a day without a price comes back as {@link Refused}. */
    public Quote quote(String product, LocalDate firstDay, LocalDate lastDay) {
        return refusedAsInput(() -> api.get()
                .uri(uri -> uri.path("/api/quotes")
                        .queryParam("product", product)
                        .queryParam("firstDay", firstDay)
                        .queryParam("lastDay", lastDay)
                        .build())
                .retrieve()
                .body(Quote.class));
    }

    /** Which days of the product are taken from {@code from} to {@code to}. */
    public Availability availability(String product, LocalDate from, LocalDate to) {
        return api.get()
                .uri(uri -> uri.path("/api/availability")
                        .queryParam("product", product)
                        .queryParam("from", from)
                        .queryParam("to", to)
                        .build())
                .retrieve()
                .body(Availability.class);
    }

    /** The advertiser's name, as readers see it on its placements. */
    public String advertiserName(String advertiserId) {
        var advertiser = api.get()
                .uri("/api/advertisers/{id}", advertiserId)
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {});
        return advertiser == null ? advertiserId : String.valueOf(advertiser.getOrDefault("name", advertiserId));
    }

    /** sponsor-service refused the request: 400 with field errors, or 409 because the booking's state forbids it. */
    public static final class Refused extends RuntimeException {

        private final transient RefusedInput input;

        Refused(RefusedInput input) {
            super(input.message());
            this.input = input;
        }

        public RefusedInput input() {
            return input;
        }
    }

    private static <T> T refusedAsInput(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (HttpClientErrorException.BadRequest refused) {
            throw new Refused(RefusedInput.of(
                    refused.getResponseBodyAs(RefusedInput.Problem.class),
                    "Bookingsystemet kunne ikke bruge nogle af felterne. Ret dem og prøv igen."));
        } catch (HttpClientErrorException.Conflict refused) {
            var problem = refused.getResponseBodyAs(RefusedInput.Problem.class);
            throw new Refused(RefusedInput.of(
                    problem,
                    "Det kan ikke lade sig gøre lige nu: "
                            + (problem == null || problem.detail() == null
                                    ? "bookingens status tillader det ikke."
                                    : problem.detail())));
        }
    }
}
