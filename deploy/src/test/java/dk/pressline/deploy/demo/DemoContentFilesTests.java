package dk.pressline.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import dk.pressline.deploy.demo.DemoFiles.Article;
import dk.pressline.deploy.demo.DemoFiles.Booking;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;

/** The demo files hold together: what they name exists, what they link resolves, and what they date lies ahead. */
class DemoContentFilesTests {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    /** The markup the demo bodies may use: paragraphs, subheadings, bold and https links. */
    private static final Safelist BODY_MARKUP = Safelist.none()
            .addTags("p", "h2", "strong", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "https");

    private static final Set<String> PRODUCTS =
            Set.of("RELATED_FEED_ITEM", "NEWSLETTER_SPONSOR", "EVENT_LISTING", "JOB_AD", "SPONSORED_ARTICLE");

    private final DemoFiles files = DemoFiles.read();

    @Test
    void keysIdsAndSlugsAreUniqueAndUrlSafe() {
        var taxonomy = files.taxonomy();
        assertUniqueSlugs(taxonomy.authors(), DemoFiles.Author::id);
        assertUniqueSlugs(taxonomy.sections(), DemoFiles.Term::slug);
        assertUniqueSlugs(taxonomy.themes(), DemoFiles.Term::slug);
        assertUniqueSlugs(files.articles(), Article::key);
        assertUniqueSlugs(files.advertisers(), DemoFiles.Advertiser::id);
        assertThat(files.articles())
                .allSatisfy(article -> assertThat(article.key()).hasSizeLessThanOrEqualTo(200));
        assertThat(files.bookings().stream()
                        .map(booking -> booking.advertiserId() + " " + booking.product() + " "
                                + booking.creative().title()))
                .as("an advertiser's bookings are told apart by product and creative title when loading again")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyArticleIsFiledUnderTheDemoTaxonomy() {
        var authors = keys(files.taxonomy().authors(), DemoFiles.Author::id);
        var sections = keys(files.taxonomy().sections(), DemoFiles.Term::slug);
        var themes = keys(files.taxonomy().themes(), DemoFiles.Term::slug);
        assertThat(files.articles())
                .allSatisfy(article -> assertSoftly(softly -> {
                    softly.assertThat(article.authors())
                            .as(article.key())
                            .isNotEmpty()
                            .isSubsetOf(authors);
                    softly.assertThat(article.section()).as(article.key()).isIn(sections);
                    softly.assertThat(article.themes())
                            .as(article.key())
                            .hasSizeBetween(1, 3)
                            .isSubsetOf(themes)
                            .doesNotHaveDuplicates();
                    softly.assertThat(article.language()).as(article.key()).isIn("da", "en");
                    softly.assertThat(article.signOff())
                            .as(article.key())
                            .isNotBlank()
                            .hasSizeLessThanOrEqualTo(12);
                }));
    }

    @Test
    void readAlsoLinksResolveToOlderDemoArticles() {
        var byKey = files.articles().stream().collect(Collectors.toMap(Article::key, Function.identity()));
        var linking = files.articles().stream()
                .filter(article -> !article.readAlso().isEmpty())
                .toList();
        assertThat(linking.size()).as("articles with \"Læs også\"").isGreaterThanOrEqualTo(5);
        assertThat(linking)
                .allSatisfy(article -> assertThat(article.readAlso())
                        .as(article.key())
                        .hasSizeLessThanOrEqualTo(10)
                        .doesNotHaveDuplicates()
                        .doesNotContain(article.key())
                        .allSatisfy(key -> {
                            assertThat(byKey)
                                    .as("\"Læs også\" %s of %s", key, article.key())
                                    .containsKey(key);
                            assertThat(byKey.get(key).daysAgo())
                                    .as("%s links %s, which must be published before it", article.key(), key)
                                    .isGreaterThan(article.daysAgo());
                        }));
    }

    @Test
    void articleBodiesUseOnlyParagraphsSubheadingsBoldAndHttpsLinks() {
        assertThat(files.articles()).allSatisfy(article -> {
            assertThat(Jsoup.isValid(article.bodyHtml(), BODY_MARKUP))
                    .as("%s: only <p>, <h2>, <strong> and <a href=https://...>, well formed", article.key())
                    .isTrue();
            assertThat(article.body())
                    .as(article.key())
                    .allSatisfy(block -> assertThat(block).matches("(?s)<(p|h2)>.*</\\1>"));
            var paragraphs = Jsoup.parseBodyFragment(article.bodyHtml())
                    .select("body > p")
                    .size();
            assertThat(paragraphs).as("paragraphs of %s", article.key()).isBetween(3, 6);
        });
    }

    @Test
    void headlinesTeasersAndImageTextsArePlainAndFitTheArticleApi() {
        assertThat(files.articles())
                .allSatisfy(article -> assertSoftly(softly -> {
                    softly.assertThat(article.headline())
                            .as(article.key())
                            .isNotBlank()
                            .hasSizeLessThanOrEqualTo(200)
                            .doesNotContain("<", ">");
                    softly.assertThat(article.teaser())
                            .as(article.key())
                            .isNotBlank()
                            .hasSizeLessThanOrEqualTo(600)
                            .doesNotContain("<", ">");
                    var image = article.leadImage();
                    softly.assertThat(image).as(article.key()).isNotNull();
                    if (image != null) {
                        softly.assertThat(image.url())
                                .as(article.key())
                                .startsWith("https://images.pressline.example/");
                        softly.assertThat(image.credit())
                                .as(article.key())
                                .startsWith("Foto: ")
                                .hasSizeLessThanOrEqualTo(200);
                        softly.assertThat(image.caption())
                                .as(article.key())
                                .isNotBlank()
                                .hasSizeLessThanOrEqualTo(400)
                                .doesNotContain("<", ">");
                        softly.assertThat(image.altText())
                                .as(article.key())
                                .isNotBlank()
                                .hasSizeLessThanOrEqualTo(400)
                                .doesNotContain("<", ">");
                    }
                }));
    }

    @Test
    void thirtyOrMoreArticlesSpreadOverSixThemesAndTwoMonths() {
        var articles = files.articles();
        assertThat(articles.size()).as("articles").isBetween(30, 40);
        assertThat(articles.stream()
                        .flatMap(article -> article.themes().stream())
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(articles.stream()
                        .filter(article -> article.language().equals("en"))
                        .count())
                .isBetween(2L, 3L);
        assertThat(articles).allSatisfy(article -> assertThat(article.daysAgo()).isBetween(0, 60));
        assertThat(articles.stream().mapToInt(Article::daysAgo).max().orElseThrow())
                .isGreaterThanOrEqualTo(45);
        assertThat(articles.stream().map(Article::section).distinct()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyBookingIsForADemoAdvertiserAndAPricedProduct() {
        var advertisers = keys(files.advertisers(), DemoFiles.Advertiser::id);
        var themes = keys(files.taxonomy().themes(), DemoFiles.Term::slug);
        assertThat(advertisers).containsExactlyInAnyOrder("ad-nordlys", "ad-groenhave");
        assertThat(files.prices().stream().map(DemoFiles.Price::product)).containsExactlyInAnyOrderElementsOf(PRODUCTS);
        assertThat(files.prices())
                .allSatisfy(price -> assertThat(price.pricePerDay()).isPositive());
        assertThat(files.bookings())
                .allSatisfy(booking -> assertSoftly(softly -> {
                    var what = booking.creative().title();
                    softly.assertThat(booking.advertiserId()).as(what).isIn(advertisers);
                    softly.assertThat(booking.product()).as(what).isIn(PRODUCTS);
                    softly.assertThat(booking.themes()).as(what).isSubsetOf(themes);
                    softly.assertThat(booking.creative().linkUrl()).as(what).startsWith("https://");
                    softly.assertThat(booking.creative().title())
                            .as(what)
                            .hasSizeLessThanOrEqualTo(120)
                            .doesNotContain("<", ">");
                    softly.assertThat(booking.creative().teaser())
                            .as(what)
                            .satisfiesAnyOf(
                                    teaser -> assertThat(teaser).isNull(),
                                    teaser -> assertThat(teaser)
                                            .hasSizeLessThanOrEqualTo(400)
                                            .doesNotContain("<", ">"));
                    softly.assertThat(booking.startsInDays())
                            .as(what)
                            .isNotNegative()
                            .isLessThanOrEqualTo(booking.endsInDays());
                }));
        assertThat(count("RELATED_FEED_ITEM")).isBetween(3L, 4L);
        assertThat(count("NEWSLETTER_SPONSOR")).isOne();
        assertThat(count("EVENT_LISTING")).isBetween(5L, 6L);
        assertThat(count("JOB_AD")).isEqualTo(4L);
        assertThat(files.bookings())
                .filteredOn(booking -> booking.product().equals("RELATED_FEED_ITEM"))
                .allSatisfy(booking -> assertThat(booking.themes()).isNotEmpty());
        assertThat(files.bookings())
                .filteredOn(booking -> booking.product().equals("NEWSLETTER_SPONSOR"))
                .allSatisfy(booking -> assertThat(booking.startsInDays())
                        .as("the coming weeks")
                        .isPositive());
    }

    @Test
    void eventsAndJobDeadlinesLieAheadAndEndTheirListing() {
        assertThat(files.bookings()).allSatisfy(booking -> {
            assertThat(booking.event() != null)
                    .as(booking.creative().title())
                    .isEqualTo(booking.product().equals("EVENT_LISTING"));
            assertThat(booking.job() != null)
                    .as(booking.creative().title())
                    .isEqualTo(booking.product().equals("JOB_AD"));
        });
        assertThat(bookings("EVENT_LISTING")).allSatisfy(booking -> {
            var event = booking.event();
            assertThat(event.inDays()).as(event.title()).isPositive().isEqualTo(booking.endsInDays());
            assertThat(LocalTime.parse(event.startTime())).as(event.title()).isNotNull();
            assertThat(List.of(event.organiser(), event.title(), event.description(), event.place()))
                    .as(event.title())
                    .allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain("<", ">"));
        });
        assertThat(bookings("JOB_AD")).allSatisfy(booking -> {
            var job = booking.job();
            assertThat(job.deadlineInDays()).as(job.title()).isPositive().isEqualTo(booking.endsInDays());
            assertThat(List.of(job.employer(), job.title(), job.location()))
                    .as(job.title())
                    .allSatisfy(text -> assertThat(text).isNotBlank());
        });
    }

    @Test
    void advertisersCarryContactAndInvoicingDetails() {
        assertThat(files.advertisers()).allSatisfy(advertiser -> {
            assertThat(advertiser.name()).isNotBlank();
            assertThat(advertiser.contact().email()).contains("@");
            assertThat(advertiser.invoicing().cvr()).matches("\\d{8}");
            assertThat(advertiser.invoicing().companyName()).isNotBlank();
            assertThat(advertiser.invoicing().address()).isNotBlank();
            assertThat(advertiser.invoicing().email()).contains("@");
        });
        assertThat(files.advertisers())
                .filteredOn(advertiser -> advertiser.id().equals("ad-nordlys"))
                .singleElement()
                .extracting(DemoFiles.Advertiser::name)
                .isEqualTo("Nordlys Energi A/S");
        assertThat(files.advertisers())
                .filteredOn(advertiser -> advertiser.id().equals("ad-groenhave"))
                .singleElement()
                .extracting(DemoFiles.Advertiser::name)
                .isEqualTo("Grønhave ApS");
    }

    private long count(String product) {
        return bookings(product).size();
    }

    private List<Booking> bookings(String product) {
        return files.bookings().stream()
                .filter(booking -> booking.product().equals(product))
                .toList();
    }

    private static <T> Set<String> keys(Collection<T> entries, Function<T, String> key) {
        return entries.stream().map(key).collect(Collectors.toSet());
    }

    private static <T> void assertUniqueSlugs(List<T> entries, Function<T, String> key) {
        var seen = new HashSet<String>();
        assertThat(entries).isNotEmpty().allSatisfy(entry -> {
            assertThat(key.apply(entry)).matches(SLUG);
            assertThat(seen.add(key.apply(entry)))
                    .as("%s is unique", key.apply(entry))
                    .isTrue();
        });
    }
}
