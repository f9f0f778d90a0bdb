package dk.pressline.article.editing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Embargoes and expiries on time: every check publishes the scheduled articles whose time has come and unpublishes
 * the expired ones. Each runs in one transaction that locks the rows it acts on, so with several instances each
 * article is handled exactly once, and a restart simply catches up.
 */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final ArticleEditing editing;

    ScheduledPublishing(ArticleEditing editing) {
        this.editing = editing;
    }

    @Scheduled(fixedDelayString = "${pressline.articles.schedule-check-interval}")
    void publishAndExpireDueArticles() {
        int published = editing.publishDue();
        int unpublished = editing.unpublishExpired();
        if (published + unpublished > 0) {
            log.info("Published {} scheduled and unpublished {} expired articles", published, unpublished);
        }
    }
}
