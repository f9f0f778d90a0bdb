package dk.pressline.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.mapping.TermVectorOption;
import dk.pressline.search.config.ElasticsearchProperties;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The read model's index: readers always search the alias {@code <prefix>content}, which points at one versioned
 * physical index ({@code <prefix>content-v1}, ...), so a rebuild can fill a new one and swap the alias atomically.
 */
@Component
public class ContentIndex {

    static final String SETTINGS = "/elasticsearch/content-index.json";
    /** How soon a write becomes searchable in normal operation. */
    static final String REFRESH_INTERVAL = "500ms";
    /** The fields the mapping keeps term vectors of, with positions and offsets, for the fast vector highlighter. */
    public static final List<String> TERM_VECTOR_FIELDS = List.of("headline", "teaser", "body");
    /** How long an answer to {@link #keepsTermVectors()} is trusted: a rebuild on another instance is seen after it. */
    private static final long TERM_VECTORS_RECHECKED_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final ElasticsearchClient elasticsearch;
    private final String alias;
    private volatile TermVectorsSeen termVectorsSeen;

    private record TermVectorsSeen(boolean kept, long atNanos) {}

    ContentIndex(ElasticsearchClient elasticsearch, ElasticsearchProperties properties) {
        this.elasticsearch = elasticsearch;
        this.alias = properties.indexPrefix() + "content";
    }

    /** The name to search and write through. */
    public String alias() {
        return alias;
    }

    /**
     * Whether every index behind the alias keeps the term vectors of {@link #TERM_VECTOR_FIELDS}, as an index created
     * from the current mapping does. An index made before them (December 2026) keeps working with the slower
     * highlighter until it is rebuilt.
     */
    public boolean keepsTermVectors() throws IOException {
        var seen = termVectorsSeen;
        if (seen != null && System.nanoTime() - seen.atNanos() < TERM_VECTORS_RECHECKED_NANOS) {
            return seen.kept();
        }
        var mappings = elasticsearch
                .indices()
                .getMapping(request -> request.index(alias))
                .result();
        boolean kept = !mappings.isEmpty()
                && mappings.values().stream()
                        .allMatch(index -> TERM_VECTOR_FIELDS.stream()
                                .map(field -> index.mappings().properties().get(field))
                                .allMatch(property -> property != null
                                        && property.isText()
                                        && property.text().termVector() == TermVectorOption.WithPositionsOffsets));
        termVectorsSeen = new TermVectorsSeen(kept, System.nanoTime());
        return kept;
    }

    /** Creates the first physical index behind the alias, unless the alias exists already. */
    public void ensureExists() throws IOException {
        if (elasticsearch.indices().existsAlias(request -> request.name(alias)).value()) {
            return;
        }
        try {
            create(physicalName(1), true);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** The physical indices the alias points at now: one, except for the instant of a swap. */
    public List<String> physicalIndices() throws IOException {
        if (!elasticsearch.indices().existsAlias(request -> request.name(alias)).value()) {
            return List.of();
        }
        return elasticsearch.indices().getAlias(request -> request.name(alias)).result().keySet().stream()
                .sorted(Comparator.comparingInt(this::versionOf))
                .toList();
    }

    /** The name the next rebuild fills: one version above the highest behind the alias. */
    public String nextPhysicalIndex() throws IOException {
        int highest = physicalIndices().stream().mapToInt(this::versionOf).max().orElse(0);
        return physicalName(highest + 1);
    }

    /**
     * Creates a physical index with the content mapping.
     *
     * @param behindAlias whether readers see it at once; a rebuild's index is created outside the alias and without
     *     refreshes, for bulk loading, and joins the alias when it is full
     * @throws ElasticsearchException {@code resource_already_exists_exception} when another rebuild got there first
     */
    public void create(String name, boolean behindAlias) throws IOException {
        try (InputStream settings = ContentIndex.class.getResourceAsStream(SETTINGS)) {
            elasticsearch.indices().create(request -> {
                request.index(name).withJson(settings);
                if (behindAlias) {
                    request.aliases(alias, a -> a.isWriteIndex(true));
                }
                return request;
            });
        }
        if (!behindAlias) {
            elasticsearch
                    .indices()
                    .putSettings(request ->
                            request.index(name).settings(s -> s.refreshInterval(Time.of(t -> t.time("-1")))));
        }
    }

    /** Makes a filled index searchable again at the normal pace, after bulk loading. */
    public void finishLoading(String name) throws IOException {
        elasticsearch
                .indices()
                .putSettings(request ->
                        request.index(name).settings(s -> s.refreshInterval(Time.of(t -> t.time(REFRESH_INTERVAL)))));
        elasticsearch.indices().refresh(request -> request.index(name));
    }

    /** Points the alias at {@code name} alone, in one atomic step: every search sees either the old or the new. */
    public void swapTo(String name, List<String> previous) throws IOException {
        elasticsearch.indices().updateAliases(request -> {
            previous.forEach(old -> request.actions(
                    action -> action.remove(remove -> remove.index(old).alias(alias))));
            return request.actions(
                    action -> action.add(add -> add.index(name).alias(alias).isWriteIndex(true)));
        });
        termVectorsSeen = null;
    }

    public void delete(String name) throws IOException {
        elasticsearch.indices().delete(request -> request.index(name));
    }

    private String physicalName(int version) {
        return alias + "-v" + version;
    }

    private int versionOf(String physical) {
        return Integer.parseInt(physical.substring(physical.lastIndexOf("-v") + 2));
    }
}
