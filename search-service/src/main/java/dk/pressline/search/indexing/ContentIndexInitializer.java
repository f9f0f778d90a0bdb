package dk.pressline.search.indexing;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Makes sure the content index exists once the service has started; Elasticsearch being away is only logged. */
@Component
class ContentIndexInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContentIndexInitializer.class);

    private final ContentIndex index;

    ContentIndexInitializer(ContentIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            index.ensureExists();
        } catch (IOException | RuntimeException e) {
            log.error("Could not create the content index {}: {}", index.alias(), e.getMessage());
        }
    }
}
