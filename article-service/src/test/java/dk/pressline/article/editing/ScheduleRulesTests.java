package dk.pressline.article.editing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pressline.platform.web.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When an embargoed article may be published and an expiry may take it down again. */
class ScheduleRulesTests {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

    @Test
    void anEmbargoInTheFutureWithOrWithoutAnExpiryAfterItIsAccepted() {
        assertThatCode(() -> {
                    ArticleEditing.requireValidSchedule(NOW.plusSeconds(1), null, NOW);
                    ArticleEditing.requireValidSchedule(TOMORROW, TOMORROW.plusSeconds(1), NOW);
                })
                .doesNotThrowAnyException();
    }

    @Test
    void anEmbargoNowOrInThePastIsRefused() {
        assertThatThrownBy(() -> ArticleEditing.requireValidSchedule(NOW, null, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("publishAt: must be in the future");
        assertThatThrownBy(() -> ArticleEditing.requireValidSchedule(NOW.minusSeconds(1), null, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("publishAt: must be in the future");
    }

    @Test
    void anExpiryAtOrBeforeTheEmbargoIsRefused() {
        assertThatThrownBy(() -> ArticleEditing.requireValidSchedule(TOMORROW, TOMORROW, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("unpublishAt: must be after the article is published");
        assertThatThrownBy(() -> ArticleEditing.requireValidSchedule(TOMORROW, NOW.plusSeconds(1), NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("unpublishAt: must be after the article is published");
    }

    @Test
    void publishingNowTakesAnExpiryOnlyAfterNow() {
        assertThatCode(() -> {
                    ArticleEditing.requireExpiryAfter(null, NOW);
                    ArticleEditing.requireExpiryAfter(NOW.plusSeconds(1), NOW);
                })
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ArticleEditing.requireExpiryAfter(NOW, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("unpublishAt: must be after the article is published");
    }
}
