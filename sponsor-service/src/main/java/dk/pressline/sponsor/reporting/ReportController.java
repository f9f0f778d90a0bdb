package dk.pressline.sponsor.reporting;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.pressline.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/** The advertiser's report, as JSON or as CSV for a spreadsheet; another advertiser's answers 404. */
@RestController
@Tag(name = "Reports", description = "Impressions, clicks and CTR per booking and day")
class ReportController {

    // Quotes only what needs quoting (commas, quotes, line breaks), so the file reads the same in every spreadsheet.
    private static final CsvMapper csv =
            CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/advertisers/{id}/report")
    @Operation(summary = "Read an advertiser's report, from and to a day (both included)")
    AdvertiserReport report(
            @PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.report(id, from, to, Caller.current());
    }

    /** One line per booking and day, with the booking's headline figures repeated for filtering in a spreadsheet. */
    @GetMapping("/api/advertisers/{id}/report.csv")
    @Operation(summary = "Download an advertiser's report as CSV, a line per booking and day")
    @ApiResponse(
            responseCode = "200",
            description = "The report as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> csvReport(
            @PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var report = reports.report(id, from, to, Caller.current());
        var lines = new ArrayList<CsvLine>();
        for (var booking : report.bookings()) {
            for (var day : booking.days()) {
                lines.add(new CsvLine(
                        booking.bookingId(),
                        booking.product().name(),
                        spreadsheetSafe(booking.title()),
                        day.day(),
                        day.figures().impressions(),
                        day.figures().clicks(),
                        ctr(day.figures().ctr())));
            }
        }
        var body = csv.writer(csv.schemaFor(CsvLine.class).withHeader()).writeValueAsString(lines);
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + id + ".csv\"")
                .body(body);
    }

    /** A title a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
    static String spreadsheetSafe(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String ctr(Double ctr) {
        return ctr == null ? "" : String.format(Locale.ROOT, "%.4f", ctr);
    }

    @JsonPropertyOrder({"bookingId", "product", "title", "day", "impressions", "clicks", "ctr"})
    record CsvLine(
            UUID bookingId, String product, String title, LocalDate day, long impressions, long clicks, String ctr) {}
}
