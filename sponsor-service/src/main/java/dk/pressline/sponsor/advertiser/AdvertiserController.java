package dk.pressline.sponsor.advertiser;

import dk.pressline.platform.security.Caller;
import dk.pressline.platform.web.ETags;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
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
class AdvertiserController {

    private final Advertisers advertisers;

    AdvertiserController(Advertisers advertisers) {
        this.advertisers = advertisers;
    }

    @PostMapping
    ResponseEntity<AdvertiserView> register(@Valid @RequestBody AdvertiserDetails details) {
        var advertiser = advertisers.register(details);
        return ResponseEntity.created(URI.create("/api/advertisers/" + advertiser.id()))
                .eTag(ETags.of(advertiser.revision())).body(AdvertiserView.of(advertiser));
    }

    @GetMapping
    PageOf<AdvertiserView> list(@Valid PageQuery page) {
        var found = advertisers.list(page);
        return new PageOf<>(found.items().stream().map(AdvertiserView::of).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    @GetMapping("/{id}")
    ResponseEntity<AdvertiserView> get(@PathVariable String id) {
        var advertiser = advertisers.get(id, Caller.current());
        return ResponseEntity.ok().eTag(ETags.of(advertiser.revision())).body(AdvertiserView.of(advertiser));
    }

    @PutMapping("/{id}")
    ResponseEntity<AdvertiserView> update(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AdvertiserDetails details) {
        var advertiser = advertisers.update(id, ifMatch, details);
        return ResponseEntity.ok().eTag(ETags.of(advertiser.revision())).body(AdvertiserView.of(advertiser));
    }

    /** An advertiser as the API shows it. */
    record AdvertiserView(String id, String name, String logoUrl, AdvertiserDetails.Contact contact,
            AdvertiserDetails.Invoicing invoicing, long revision, Instant createdAt,
            Instant updatedAt) {

        static AdvertiserView of(Advertiser advertiser) {
            var details = advertiser.details();
            return new AdvertiserView(advertiser.id(), details.name(), details.logoUrl(), details.contact(),
                    details.invoicing(), advertiser.revision(), advertiser.createdAt(), advertiser.updatedAt());
        }
    }
}
