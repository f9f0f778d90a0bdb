package dk.pressline.notification.newsletter.web;

import dk.pressline.notification.delivery.Mailer;
import dk.pressline.notification.delivery.Recipient;
import dk.pressline.notification.newsletter.EditionProgress;
import dk.pressline.notification.newsletter.Editions;
import dk.pressline.notification.newsletter.NewsletterMails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.mail.MessagingException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editors' look at the newsletter: the edition that would go out now, a test mail of it to themselves, and how far
 * the latest edition's sending has got.
 */
@RestController
@RequestMapping("/api/newsletter")
@Tag(name = "Newsletter", description = "Editors look at the edition that would go out now")
class NewsletterController {

    private static final Recipient PREVIEW_READER =
            new Recipient(new UUID(0, 0), "preview@pressline.invalid", "da", true);

    private final Editions editions;
    private final NewsletterMails mails;
    private final Mailer mailer;
    private final EditionProgress progress;

    NewsletterController(Editions editions, NewsletterMails mails, Mailer mailer, EditionProgress progress) {
        this.editions = editions;
        this.progress = progress;
        this.mails = mails;
        this.mailer = mailer;
    }

    /** The HTML of the edition that would go out now, as a subscriber with event news would get it. */
    @GetMapping(path = "/preview", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The HTML of the edition that would go out now")
    String preview() {
        return mailer.render(mails.mail(editions.preview(), PREVIEW_READER, ""), PREVIEW_READER)
                .html();
    }

    /** Sends the edition that would go out now to the given address, marked as a test; nothing is logged or counted. */
    @PostMapping("/test-send")
    @Operation(summary = "Send the edition that would go out now to an address, marked as a test")
    @ApiResponse(responseCode = "200", description = "Sent")
    @ApiResponse(responseCode = "503", description = "The mail server did not take the test.")
    Map<String, String> testSend(@Valid @RequestBody TestSend request) {
        var recipient = new Recipient(new UUID(0, 0), request.to(), "da", true);
        try {
            mailer.send(mails.mail(editions.preview(), recipient, "[TEST] "), recipient);
        } catch (MessagingException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The mail server did not take the test");
        }
        return Map.of("status", "SENT", "to", request.to());
    }

    @GetMapping("/editions/latest")
    @Operation(
            summary = "The latest edition queued for its subscribers: mails sent of those queued, the rate and the "
                    + "time left at that rate")
    @ApiResponse(responseCode = "200", description = "The latest edition and its progress")
    @ApiResponse(responseCode = "404", description = "No edition has been queued yet.")
    EditionProgress.EditionStatus latestEdition() {
        return progress.latest()
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "No newsletter edition has been queued yet"));
    }

    record TestSend(@NotBlank @Email @Size(max = 254) String to) {}
}
