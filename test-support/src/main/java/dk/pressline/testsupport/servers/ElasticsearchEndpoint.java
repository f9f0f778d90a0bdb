package dk.pressline.testsupport.servers;

/** A reachable Elasticsearch HTTP endpoint, such as {@code http://127.0.0.1:9200}. */
public record ElasticsearchEndpoint(String url) {}
