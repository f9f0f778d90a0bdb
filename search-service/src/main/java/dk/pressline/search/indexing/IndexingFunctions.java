package dk.pressline.search.indexing;

import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.cloudevents.MalformedEventException;
import dk.pressline.events.cloudevents.UnknownEventTypeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * The topics search-service reads, as Spring Cloud Stream functions in batch mode: each poll's records become one
 * bulk request. Events of types this service does not know are skipped; records that are not events are logged and
 * skipped, so indexing goes on.
 */
@Configuration(proxyBeanMethods = false)
class IndexingFunctions {

    private static final Logger log = LoggerFactory.getLogger(IndexingFunctions.class);

    @Bean
    Consumer<Message<List<byte[]>>> indexArticles(ArticleIndexer indexer, ContentIndex index) {
        return batch -> {
            var events = new ArrayList<ArticleEvent>();
            var values = batch.getPayload();
            List<?> headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
            for (int i = 0; i < values.size(); i++) {
                var recordHeaders = headers == null ? Map.<String, Object>of() : (Map<?, ?>) headers.get(i);
                try {
                    @SuppressWarnings("unchecked")
                    var event = EventEnvelopes.fromHeadersAndValue((Map<String, ?>) recordHeaders, values.get(i));
                    if (event instanceof ArticleEvent articleEvent) {
                        events.add(articleEvent);
                    }
                }
                catch (UnknownEventTypeException e) {
                    log.debug("Skipping an event of unknown type {}", e.typeName());
                }
                catch (MalformedEventException e) {
                    log.warn("Skipping a record on the articles topic that is not an article event: {}",
                            e.getMessage());
                }
            }
            try {
                index.ensureExists();
                indexer.index(events);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
