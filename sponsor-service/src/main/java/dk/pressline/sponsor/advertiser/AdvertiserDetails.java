package dk.pressline.sponsor.advertiser;

import dk.pressline.platform.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

/**
 * What sales records about an advertiser.
 *
 * @param id the key advertiser users' tokens carry in {@code advertiser_id}; given when the advertiser is created
 * @param logoUrl shown with the advertiser's placements unless a booking brings its own logo
 */
public record AdvertiserDetails(
        @Size(max = 64)
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
        String id,

        @NotBlank @Size(max = 200) @PlainText String name,

        @Size(max = 2000) @URL(regexp = "^https?:.*", message = "must be an http or https URL")
        String logoUrl,

        @NotNull @Valid Contact contact,
        @NotNull @Valid Invoicing invoicing) {

    /** The person sales talks to. */
    public record Contact(
            @NotBlank @Size(max = 200) @PlainText String name,
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 40) @PlainText String phone) {}

    /** Where invoices go; {@code cvr} is the Danish company registration number. */
    public record Invoicing(
            @NotBlank @Size(max = 200) @PlainText String companyName,

            @Pattern(regexp = "\\d{8}", message = "must be 8 digits")
            String cvr,

            @NotBlank @Size(max = 500) @PlainText String address,
            @NotBlank @Email @Size(max = 320) String email) {}

    AdvertiserDetails withId(String id) {
        return new AdvertiserDetails(id, name, logoUrl, contact, invoicing);
    }
}
