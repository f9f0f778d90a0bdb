package dk.pressline.sponsor.pricing;

import dk.pressline.events.placement.Product;
import dk.pressline.platform.apidocs.CreatedWithLocation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sales keep the price list; everyone in the business reads it and asks for quotes. */
@RestController
@Tag(name = "Prices", description = "Sales keep the price list; everyone in the business reads it and gets quotes")
class PriceController {

    private final PriceList priceList;

    PriceController(PriceList priceList) {
        this.priceList = priceList;
    }

    @PostMapping("/api/prices")
    @Operation(summary = "Set a product's price per day from a day on")
    @CreatedWithLocation
    @ApiResponse(responseCode = "409", description = "Another price for the product applies on some of these days.")
    ResponseEntity<Price> add(@Valid @RequestBody PriceRequest request) {
        var price = priceList.add(request.product(), request.validFrom(), request.validUntil(), request.pricePerDay());
        return ResponseEntity.created(URI.create("/api/prices/" + price.id())).body(price);
    }

    @GetMapping("/api/prices")
    @Operation(summary = "List the prices, of one product or all")
    List<Price> list(@RequestParam(required = false) Product product) {
        return priceList.list(product);
    }

    @DeleteMapping("/api/prices/{id}")
    @Operation(summary = "Remove a price")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        priceList.remove(id);
        return ResponseEntity.noContent().build();
    }

    /** What a flight would cost, before booking it. */
    @Operation(summary = "Quote a flight of a product before booking it")
    @GetMapping("/api/quotes")
    Quote quote(
            @RequestParam Product product,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay) {
        Flights.requireValid(firstDay, lastDay);
        return priceList.quote(product, firstDay, lastDay);
    }

    /**
     * A price sales sets.
     *
     * @param validUntil first day the price no longer applies; leave out for "until further notice"
     * @param pricePerDay in øre
     */
    record PriceRequest(
            @NotNull Product product,
            @NotNull LocalDate validFrom,
            LocalDate validUntil,
            @NotNull @Positive Long pricePerDay) {}
}
