package dk.pressline.sponsor.advertiser;

import dk.pressline.platform.security.Caller;
import dk.pressline.platform.web.ETags;
import dk.pressline.platform.web.InvalidInputException;
import dk.pressline.platform.web.NotFoundException;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales' register of advertisers. An advertiser user sees only its own organisation; any other answers "not found",
 * so its existence does not leak.
 */
@Service
@Transactional
public class Advertisers {

    private final AdvertiserRepository advertisers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Advertisers(AdvertiserRepository advertisers, ApplicationEventPublisher events, Clock clock) {
        this.advertisers = advertisers;
        this.events = events;
        this.clock = clock;
    }

    public Advertiser register(AdvertiserDetails details) {
        if (details.id() == null) {
            throw new InvalidInputException("id", "must not be null");
        }
        var now = clock.instant();
        var advertiser = new Advertiser(details.id(), details, 1, now, now);
        advertisers.insert(advertiser);
        return advertiser;
    }

    /** Saves new details; when the name or logo changed, the advertiser's live placements show the new ones. */
    public Advertiser update(String id, String ifMatch, AdvertiserDetails details) {
        if (details.id() != null && !details.id().equals(id)) {
            throw new InvalidInputException("id", "cannot be changed");
        }
        var current = advertisers.findForUpdate(id).orElseThrow(() -> notFound(id));
        ETags.requireMatch(ifMatch, current.revision());
        var next = new Advertiser(id, details.withId(id), current.revision() + 1, current.createdAt(), clock.instant());
        advertisers.update(next);
        if (!Objects.equals(current.name(), next.name()) || !Objects.equals(current.logoUrl(), next.logoUrl())) {
            events.publishEvent(new AdvertiserChanged(next));
        }
        return next;
    }

    /** The advertiser, if the caller may act for it. */
    @Transactional(readOnly = true)
    public Advertiser get(String id, Caller caller) {
        if (!caller.mayActForAdvertiser(id)) {
            throw notFound(id);
        }
        return advertisers.find(id).orElseThrow(() -> notFound(id));
    }

    /** The advertiser a booking is for, whoever asks. */
    @Transactional(readOnly = true)
    public Optional<Advertiser> find(String id) {
        return advertisers.find(id);
    }

    @Transactional(readOnly = true)
    public PageOf<Advertiser> list(PageQuery page) {
        return advertisers.list(page);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("Advertiser " + id);
    }
}
