package dk.pressline.website.listings;

import dk.pressline.website.content.Listing;
import dk.pressline.website.content.ReaderContent;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The calendar of upcoming events and courses, and the current job ads. */
@Controller
class ListingsController {

    private final ReaderContent content;

    ListingsController(ReaderContent content) {
        this.content = content;
    }

    @GetMapping("/arrangementer")
    String events(
            @RequestParam(name = "sted", required = false) String place,
            @RequestParam(name = "fra", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "til", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "side", required = false) Integer page,
            Model model) {
        var number = page == null || page < 1 ? 1 : Math.min(page, 500);
        var where = place == null || place.isBlank() ? null : place.strip();
        model.addAttribute("place", where);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            model.addAttribute("dateError", "Slutdatoen skal ligge på eller efter startdatoen.");
            model.addAttribute("listing", new Listing(List.of(), 0, 0, 0, 0));
            return "events";
        }
        var listing = content.events(where, from, to, number - 1);
        model.addAttribute("listing", listing);
        var url = UriComponentsBuilder.fromPath("/arrangementer");
        if (where != null) {
            url.queryParam("sted", where);
        }
        if (from != null) {
            url.queryParam("fra", from);
        }
        if (to != null) {
            url.queryParam("til", to);
        }
        addPaging(model, listing, number, url);
        return "events";
    }

    @GetMapping("/job")
    String jobs(@RequestParam(name = "side", required = false) Integer page, Model model) {
        var number = page == null || page < 1 ? 1 : Math.min(page, 500);
        var listing = content.jobs(number - 1);
        model.addAttribute("listing", listing);
        addPaging(model, listing, number, UriComponentsBuilder.fromPath("/job"));
        return "jobs";
    }

    private static void addPaging(Model model, Listing listing, int number, UriComponentsBuilder url) {
        model.addAttribute(
                "previousUrl",
                number > 1
                        ? url.cloneBuilder()
                                .queryParam("side", number - 1)
                                .encode()
                                .build()
                                .toUriString()
                        : null);
        model.addAttribute(
                "nextUrl",
                number < listing.totalPages()
                        ? url.cloneBuilder()
                                .queryParam("side", number + 1)
                                .encode()
                                .build()
                                .toUriString()
                        : null);
    }
}
