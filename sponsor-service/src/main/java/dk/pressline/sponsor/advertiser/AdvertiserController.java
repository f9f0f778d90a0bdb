package dk.pressline.sponsor.advertiser;

import dk.pressline.platform.apidocs.CreatedWithLocation;
import dk.pressline.platform.security.Caller;
import dk.pressline.platform.web.ETags;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sales manage advertisers; an advertiser user reads its own. */
@RestController
@RequestMapping("/api/advertisers")
@Tag(name = "Advertisers", description = "Sales register and keep the advertisers; an advertiser reads its own")
class AdvertiserController {

    private final Advertisers advertisers;

    AdvertiserController(Advertisers advertisers) {
        this.advertisers = advertisers;
    }

    @PostMapping
    @Operation(summary = "Register an advertiser under an id of sales' choosing")
    @CreatedWithLocation
    @ApiResponse(responseCode = "409", description = "There is already an advertiser with that id.")
    ResponseEntity<AdvertiserView> register(@Valid @RequestBody AdvertiserDetails details) {
        var advertiser = advertisers.register(details);
        return ResponseEntity.created(URI.create("/api/advertisers/" + advertiser.id()))
                .eTag(ETags.of(advertiser.revision()))
                .body(AdvertiserView.of(advertiser));
    }

    @GetMapping
    @Operation(summary = "List the advertisers")
    PageOf<AdvertiserView> list(@Valid PageQuery page) {
        var found = advertisers.list(page);
        return new PageOf<>(
                found.items().stream().map(AdvertiserView::of).toList(),
                found.page(),
                found.size(),
                found.totalItems(),
                found.totalPages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an advertiser, with its ETag: sales any, an advertiser its own (any other is 404)")
    ResponseEntity<AdvertiserView> get(@PathVariable String id) {
        var advertiser = advertisers.get(id, Caller.current());
        return ResponseEntity.ok().eTag(ETags.of(advertiser.revision())).body(AdvertiserView.of(advertiser));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an advertiser's details")
    @ApiResponse(responseCode = "200", description = "The advertiser as saved, with its new ETag")
    @ApiResponse(responseCode = "428", description = "No If-Match with the ETag of the version edited.")
    ResponseEntity<AdvertiserView> update(
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AdvertiserDetails details) {
        var advertiser = advertisers.update(id, ifMatch, details);
        return ResponseEntity.ok().eTag(ETags.of(advertiser.revision())).body(AdvertiserView.of(advertiser));
    }

    /** An advertiser as the API shows it. */
    record AdvertiserView(
            String id,
            String name,
            String logoUrl,
            AdvertiserDetails.Contact contact,
            AdvertiserDetails.Invoicing invoicing,
            long revision,
            Instant createdAt,
            Instant updatedAt) {

        static AdvertiserView of(Advertiser advertiser) {
            var details = advertiser.details();
            return new AdvertiserView(
                    advertiser.id(),
                    details.name(),
                    details.logoUrl(),
                    details.contact(),
                    details.invoicing(),
                    advertiser.revision(),
                    advertiser.createdAt(),
                    advertiser.updatedAt());
        }
    }
}
