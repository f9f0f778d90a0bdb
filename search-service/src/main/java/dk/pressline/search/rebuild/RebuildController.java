package dk.pressline.search.rebuild;

import dk.pressline.search.indexing.ContentIndex;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For administrators: which physical index readers search, and rebuilding it from the topics. */
@RestController
@RequestMapping("/api/admin/content-index")
@Tag(name = "Content index", description = "Administrators see and rebuild the index readers search")
class RebuildController {

    private final IndexRebuild rebuild;
    private final ContentIndex index;

    RebuildController(IndexRebuild rebuild, ContentIndex index) {
        this.rebuild = rebuild;
        this.index = index;
    }

    @GetMapping
    @Operation(
            summary = "Which physical index the alias readers search points at, which exist, and how far the "
                    + "running or latest rebuild got")
    IndexState state() throws IOException {
        return new IndexState(
                index.alias(), index.physicalIndices(), rebuild.status().orElse(null));
    }

    /** Runs the whole rebuild before answering; a second request while one runs gets 409. */
    @PostMapping("/rebuilds")
    @Operation(summary = "Rebuild the index from the topics without downtime; answers when it is done")
    @ApiResponse(responseCode = "200", description = "What the rebuild did")
    @ApiResponse(responseCode = "409", description = "A rebuild is already running.")
    RebuildReport rebuild() throws IOException {
        return rebuild.rebuild();
    }

    /** @param rebuild the running or latest rebuild since the service started; null before the first */
    record IndexState(
            String alias,
            List<String> indices,
            @Schema(nullable = true) IndexRebuild.RebuildStatus rebuild) {}
}
