package dk.pressline.notification.newsletter;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The newsletter's timetable.
 *
 * @param schedule a Spring cron expression (second minute hour day month weekday)
 * @param zone the time zone of the schedule
 * @param firstEditionLookback how far back the very first edition reaches
 * @param upcomingEventDays how many days ahead an edition lists events
 */
@ConfigurationProperties("pressline.notifications.newsletter")
public record NewsletterProperties(String schedule, ZoneId zone, Duration firstEditionLookback, int upcomingEventDays) {

    public NewsletterProperties {
        Objects.requireNonNull(schedule, "pressline.notifications.newsletter.schedule");
        Objects.requireNonNull(zone, "pressline.notifications.newsletter.zone");
        Objects.requireNonNull(firstEditionLookback, "pressline.notifications.newsletter.first-edition-lookback");
    }
}
