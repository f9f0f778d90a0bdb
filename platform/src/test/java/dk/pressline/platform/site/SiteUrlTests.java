package dk.pressline.platform.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dk.pressline.events.interaction.Channel;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SiteUrlTests {

    final ApplicationContextRunner service =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PlatformSiteConfiguration.class));

    @Test
    void writesEveryLinkOnTheSitesOrigin() {
        var site = SiteUrl.of("https://pressline.dk");
        var booking = UUID.fromString("7b0f6a52-4f1e-4c64-9a57-3f2b8d1c0e12");

        assertThat(site.article("klimaaftale-vedtaget")).isEqualTo("https://pressline.dk/artikel/klimaaftale-vedtaget");
        assertThat(site.clickRedirect(booking)).isEqualTo("https://pressline.dk/r/" + booking);
        assertThat(site.clickRedirect(booking, Channel.NEWSLETTER))
                .isEqualTo("https://pressline.dk/r/" + booking + "?channel=NEWSLETTER");
        assertThat(site.link("/nyhedsbrev/afmeld")).isEqualTo("https://pressline.dk/nyhedsbrev/afmeld");
        assertThat(SiteUrl.of("http://localhost:8080").article("a b/c"))
                .isEqualTo("http://localhost:8080/artikel/a%20b%2Fc");
    }

    @Test
    void acceptsOnlyAnAbsoluteHttpOrHttpsOriginNamingTheSettingOtherwise() {
        for (var notAnOrigin : new String[] {
            "https://pressline.dk/",
            "https://pressline.dk/nyheder",
            "pressline.dk",
            "/artikler",
            "ftp://pressline.dk",
            "https://pressline.dk?utm=1",
            "https://pressline.dk#top",
            "https://user@pressline.dk",
            "https://pressline dk",
            "",
            " "
        }) {
            assertThatIllegalArgumentException()
                    .as(notAnOrigin)
                    .isThrownBy(() -> SiteUrl.of(notAnOrigin))
                    .withMessageStartingWith("pressline.site-url (PRESSLINE_SITE_URL) ")
                    .withMessageContaining("such as https://pressline.dk");
        }
        assertThat(SiteUrl.of("http://localhost:8080")).hasToString("http://localhost:8080");
    }

    @Test
    void aServiceThatDeclaresTheSiteUrlGetsItCheckedAtStartUp() {
        service.withPropertyValues("pressline.site-url=http://localhost:8080")
                .run(context ->
                        assertThat(context).getBean(SiteUrl.class).isEqualTo(SiteUrl.of("http://localhost:8080")));

        service.withPropertyValues("pressline.site-url=https://pressline.dk/").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("pressline.site-url (PRESSLINE_SITE_URL) has a path, query or trailing slash")
                    .hasMessageContaining("'https://pressline.dk/'");
        });

        service.withPropertyValues("pressline.site-url=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("pressline.site-url (PRESSLINE_SITE_URL) must be set");
        });
    }

    @Test
    void aServiceThatWritesNoLinksNeedsNoSiteUrl() {
        service.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SiteUrl.class));
    }
}
