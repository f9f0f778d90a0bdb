package dk.pressline.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dk.pressline.search.config.ElasticsearchProperties;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;

/**
 * The read model's index: readers always search the alias {@code <prefix>content}, which points at one versioned
 * physical index ({@code <prefix>content-v1}, ...), so a rebuild can fill a new one and swap the alias atomically.
 */
@Component
public class ContentIndex {

    static final String SETTINGS = "/elasticsearch/content-index.json";

    private final ElasticsearchClient elasticsearch;
    private final String alias;

    ContentIndex(ElasticsearchClient elasticsearch, ElasticsearchProperties properties) {
        this.elasticsearch = elasticsearch;
        this.alias = properties.indexPrefix() + "content";
    }

    /** The name to search and write through. */
    public String alias() {
        return alias;
    }

    /** Creates the first physical index behind the alias, unless the alias exists already. */
    public void ensureExists() throws IOException {
        if (elasticsearch.indices().existsAlias(request -> request.name(alias)).value()) {
            return;
        }
        var physical = alias + "-v1";
        try (InputStream settings = ContentIndex.class.getResourceAsStream(SETTINGS)) {
            elasticsearch.indices().create(request -> request.index(physical).withJson(settings)
                    .aliases(alias, a -> a.isWriteIndex(true)));
        }
    }
}
