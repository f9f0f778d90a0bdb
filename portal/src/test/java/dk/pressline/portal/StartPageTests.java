package dk.pressline.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start page greets the person by name and offers what their role may do, with "Log ud" on every page. */
class StartPageTests extends PortalTest {

    @Test
    void greetsAnAdvertiserByNameWithTheirBookingTasks() {
        var start = pages.get("/", People.mette());

        assertThat(start.status()).isEqualTo(200);
        assertThat(start.html().select("h1").text()).isEqualTo("Goddag, Mette Nordlys");
        assertThat(start.html().select(".person-name").text()).isEqualTo("Mette Nordlys");
        assertThat(start.html().select("main a").eachAttr("href"))
                .containsExactly("/portal/bookinger", "/portal/bookinger/ny", "/portal/kalender", "/portal/rapporter");
        assertThat(start.text()).doesNotContain("Til godkendelse");
    }

    @Test
    void offersSalesTheApprovalQueueAndNotTheAdvertisersPages() {
        var start = pages.get("/", People.sales());

        assertThat(start.html().select("main a").eachAttr("href"))
                .containsExactly(
                        "/portal/salg/godkendelser",
                        "/portal/salg/annoncoerer",
                        "/portal/salg/priser",
                        "/portal/kalender");
        assertThat(start.html().select("nav a").eachText())
                .contains("Til godkendelse")
                .doesNotContain("Mine bookinger");
    }

    @Test
    void signsOutWithAPostThatCarriesTheCsrfToken() {
        var start = pages.get("/", People.mette());

        var form = start.html().selectFirst("form[action=/portal/logout]");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=_csrf]").attr("value")).isNotBlank();
        assertThat(form.select("button").text()).isEqualTo("Log ud");
    }

    @Test
    void showsTheDanish404ForAnUnknownPage() {
        var missing = pages.get("/findes-ikke", People.mette());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.html().select("h1").text()).isEqualTo("Siden findes ikke");
        assertThat(missing.html().select("html").attr("lang")).isEqualTo("da");
    }

    @Test
    void showsTheDanish403WhenAnAdvertiserOpensSalesPages() {
        var denied = pages.get("/salg/godkendelser", People.jonas());

        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.html().select("h1").text()).isEqualTo("Du har ikke adgang");
        assertThat(denied.body()).doesNotContain("Exception");
    }
}
