package dk.pressline.search.indexing;

import java.util.List;

/** Elasticsearch refused some writes of a batch for a reason other than their being stale. */
public class IndexingFailedException extends RuntimeException {

    public IndexingFailedException(List<String> refusals) {
        super("Elasticsearch refused " + refusals.size() + " writes: " + String.join("; ", refusals));
    }
}
