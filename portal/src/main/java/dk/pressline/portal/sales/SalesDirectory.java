package dk.pressline.portal.sales;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.pressline.portal.booking.BookingTexts;
import dk.pressline.portal.config.SponsorService;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;

/** Sales' reference pages: the advertisers with their contacts, a page at a time, and the price list per product. */
@Controller
@RequestMapping("/salg")
class SalesDirectory {

    private static final int PAGE_SIZE = 50;

    private final RestClient api;

    SalesDirectory(SponsorService sponsorService) {
        this.api = sponsorService.api();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Advertiser(String id, String name, Contact contact, Invoicing invoicing) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contact(String name, String email, String phone) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Invoicing(String companyName, String cvr) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AdvertiserPage(List<Advertiser> items, int page, long totalPages) {}

    /** One price: {@code validUntil} is excluded, and {@code null} while it runs on. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Price(String product, LocalDate validFrom, LocalDate validUntil, long pricePerDay) {

        public String productText() {
            return BookingTexts.PRODUCTS.getOrDefault(product, product);
        }

        public String pricePerDayText() {
            return BookingTexts.kroner(pricePerDay);
        }
    }

    @GetMapping("/annoncoerer")
    String advertisers(@RequestParam(name = "side", defaultValue = "1") int side, Model model) {
        var page = Math.max(side, 1);
        var found = api.get()
                .uri(uri -> uri.path("/api/advertisers")
                        .queryParam("page", page - 1)
                        .queryParam("size", PAGE_SIZE)
                        .build())
                .retrieve()
                .body(AdvertiserPage.class);
        model.addAttribute("advertisers", found == null ? List.of() : found.items());
        model.addAttribute("previousPage", page > 1 ? page - 1 : null);
        model.addAttribute("nextPage", found != null && page < found.totalPages() ? page + 1 : null);
        return "sales/advertisers";
    }

    @GetMapping("/priser")
    String prices(Model model) {
        var prices = api.get().uri("/api/prices").retrieve().body(new ParameterizedTypeReference<List<Price>>() {});
        var productOrder = List.copyOf(BookingTexts.PRODUCTS.keySet());
        model.addAttribute(
                "prices",
                prices == null
                        ? List.of()
                        : prices.stream()
                                .sorted(Comparator.comparing((Price price) -> productOrder.indexOf(price.product()))
                                        .thenComparing(Price::validFrom))
                                .toList());
        return "sales/prices";
    }
}
