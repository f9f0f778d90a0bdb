package dk.pressline.notification.subscription;

import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the sign-ups nobody confirmed within {@code sign-up.unconfirmed-retention}, and the sign-up limits' buckets
 * that are full again. Every instance runs it; the deletes are conditional, so running twice deletes nothing twice.
 */
@Component
class UnconfirmedSignUpPurge {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedSignUpPurge.class);
    private static final int BUCKETS_PER_BATCH = 1000;

    private final Subscriptions subscriptions;
    private final ExpiredEntriesCleaner signUpBuckets;
    private final SubscriptionProperties properties;
    private final Clock clock;

    UnconfirmedSignUpPurge(
            Subscriptions subscriptions,
            ExpiredEntriesCleaner signUpBuckets,
            SubscriptionProperties properties,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.signUpBuckets = signUpBuckets;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pressline.notifications.sign-up.purge-interval}", initialDelayString = "PT1M")
    Subscriptions.PurgedSignUps purge() {
        var retention = properties.signUp().unconfirmedRetention();
        var purged = subscriptions.purgeUnconfirmedBefore(clock.instant().minus(retention));
        if (purged.subscribers() > 0 || purged.consents() > 0) {
            log.info(
                    "Purged {} unconfirmed subscribers and {} more unconfirmed consents older than {}",
                    purged.subscribers(),
                    purged.consents(),
                    retention);
        }
        int buckets;
        do {
            buckets = signUpBuckets.removeExpired(BUCKETS_PER_BATCH);
        } while (buckets == BUCKETS_PER_BATCH);
        return purged;
    }
}
