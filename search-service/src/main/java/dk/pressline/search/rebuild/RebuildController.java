package dk.pressline.search.rebuild;

import dk.pressline.search.indexing.ContentIndex;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For administrators: which physical index readers search, and rebuilding it from the topics. */
@RestController
@RequestMapping("/api/admin/content-index")
class RebuildController {

    private final IndexRebuild rebuild;
    private final ContentIndex index;

    RebuildController(IndexRebuild rebuild, ContentIndex index) {
        this.rebuild = rebuild;
        this.index = index;
    }

    @GetMapping
    IndexState state() throws IOException {
        return new IndexState(index.alias(), index.physicalIndices());
    }

    /** Runs the whole rebuild before answering; a second request while one runs gets 409. */
    @PostMapping("/rebuilds")
    RebuildReport rebuild() throws IOException {
        return rebuild.rebuild();
    }

    record IndexState(String alias, List<String> indices) {
    }
}
