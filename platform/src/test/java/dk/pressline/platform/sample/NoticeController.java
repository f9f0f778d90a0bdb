package dk.pressline.platform.sample;

import dk.pressline.platform.apidocs.CreatedWithLocation;
import dk.pressline.platform.security.Caller;
import dk.pressline.platform.web.ETags;
import dk.pressline.platform.web.NotFoundException;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notices", description = "Advertisers' notices, managed by sales")
class NoticeController {

    private final NoticeStore store;

    NoticeController(NoticeStore store) {
        this.store = store;
    }

    @PostMapping("/notices")
    @Operation(summary = "Add a notice")
    @CreatedWithLocation
    ResponseEntity<Notice> add(@Valid @RequestBody NoticeRequest request) {
        var notice = store.add(request);
        return ResponseEntity.created(URI.create("/notices/" + notice.id()))
                .eTag(ETags.of(notice.version()))
                .body(notice);
    }

    @GetMapping("/notices")
    @Operation(summary = "List the notices, a page at a time")
    PageOf<Notice> list(@Valid PageQuery page) {
        var all = store.all();
        var items = all.stream().skip(page.offset()).limit(page.size()).toList();
        return PageOf.of(items, page, all.size());
    }

    @GetMapping("/notices/{id}")
    ResponseEntity<Notice> get(@PathVariable String id) {
        var notice = visible(id);
        return ResponseEntity.ok().eTag(ETags.of(notice.version())).body(notice);
    }

    @PutMapping("/notices/{id}")
    @ApiResponse(responseCode = "200", description = "The notice as replaced, with its new ETag")
    @ApiResponse(responseCode = "428", description = "No If-Match with the ETag of the version replaced")
    ResponseEntity<Notice> replace(
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody NoticeRequest request) {
        var current = visible(id);
        ETags.requireMatch(ifMatch, current.version());
        var notice = store.replace(current, request);
        return ResponseEntity.ok().eTag(ETags.of(notice.version())).body(notice);
    }

    @GetMapping("/public/notices")
    List<String> titles() {
        return store.all().stream().map(Notice::title).toList();
    }

    @GetMapping("/public/notices/of-kind")
    List<String> titlesOfKind(@RequestParam Notice.Kind kind) {
        return store.all().stream()
                .filter(notice -> notice.kind() == kind)
                .map(Notice::title)
                .toList();
    }

    @GetMapping("/public/notices/maintenance")
    @ApiResponse(responseCode = "503", description = "Always: an error raised outside any controller")
    void maintenance(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    private Notice visible(String id) {
        return store.find(id)
                .filter(notice -> Caller.current().mayActForAdvertiser(notice.advertiserId()))
                .orElseThrow(() -> new NotFoundException("Notice " + id));
    }
}
