package dk.pressline.portal.report;

import dk.pressline.portal.config.SponsorService;
import dk.pressline.portal.person.Person;
import dk.pressline.portal.web.PageNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

/**
 * The advertiser's report: impressions, clicks and click-through rate per day as server-rendered SVG charts with the
 * same figures in a table, and the CSV for a spreadsheet streamed from sponsor-service as it comes.
 */
@Controller
@RequestMapping("/rapporter")
class ReportPages {

    private static final Locale DANISH = Locale.of("da", "DK");

    private final RestClient api;

    ReportPages(SponsorService sponsorService) {
        this.api = sponsorService.api();
    }

    @GetMapping
    String report(
            @RequestParam(name = "fra", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "til", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @ModelAttribute("person") Person person,
            Model model) {
        var report = api.get()
                .uri(uri -> period(uri.path("/api/advertisers/{id}/report"), from, to)
                        .build(person.advertiserId()))
                .retrieve()
                .body(Report.class);
        var daily = DailyFigures.of(report);
        model.addAttribute("report", report);
        model.addAttribute("daily", daily);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute(
                "impressions",
                BarChart.of(
                        "Visninger pr. dag",
                        daily.rows(),
                        DailyFigures.Row::day,
                        DailyFigures.Row::impressions,
                        value -> count(value) + " visninger"));
        model.addAttribute(
                "clicks",
                BarChart.of(
                        "Klik pr. dag",
                        daily.rows(),
                        DailyFigures.Row::day,
                        DailyFigures.Row::clicks,
                        value -> count(value) + " klik"));
        model.addAttribute(
                "ctr",
                BarChart.of(
                        "Klikrate (CTR) pr. dag",
                        daily.rows(),
                        DailyFigures.Row::day,
                        row -> row.ctr() == null ? 0 : row.ctr(),
                        DailyFigures::percent));
        return "report/report";
    }

    /** sponsor-service's CSV, copied to the browser as it arrives; nothing is held in memory. */
    @GetMapping("/rapport.csv")
    void csv(
            @RequestParam(name = "fra", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "til", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @ModelAttribute("person") Person person,
            HttpServletResponse download) {
        api.get()
                .uri(uri -> period(uri.path("/api/advertisers/{id}/report.csv"), from, to)
                        .build(person.advertiserId()))
                .exchange((request, upstream) -> {
                    var status = upstream.getStatusCode();
                    if (status.isSameCodeAs(HttpStatus.NOT_FOUND) || status.isSameCodeAs(HttpStatus.FORBIDDEN)) {
                        throw new PageNotFoundException("report of " + person.advertiserId());
                    }
                    if (!status.is2xxSuccessful()) {
                        throw new RestClientException("sponsor-service answered the report CSV with " + status);
                    }
                    download.setContentType("text/csv;charset=UTF-8");
                    download.setHeader(
                            HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"rapport-" + person.advertiserId() + ".csv\"");
                    try (var body = upstream.getBody()) {
                        body.transferTo(download.getOutputStream());
                    } catch (IOException e) {
                        throw new RestClientException("The report CSV broke off", e);
                    }
                    return null;
                });
    }

    private static UriBuilder period(UriBuilder uri, LocalDate from, LocalDate to) {
        return uri.queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to));
    }

    private static String count(double value) {
        return NumberFormat.getIntegerInstance(DANISH).format(Math.round(value));
    }
}
