package dk.pressline.search.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the read model lives.
 *
 * @param url the Elasticsearch HTTP endpoint
 * @param indexPrefix prepended to every index and alias name, to separate environments or test runs sharing a cluster
 */
@ConfigurationProperties("pressline.elasticsearch")
public record ElasticsearchProperties(String url, String indexPrefix) {

    public ElasticsearchProperties {
        indexPrefix = indexPrefix == null ? "" : indexPrefix;
    }
}
