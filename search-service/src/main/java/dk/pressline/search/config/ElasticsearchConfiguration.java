package dk.pressline.search.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 8.x Elasticsearch Java client. Boot 4 auto-configures only the 9.x client, which an 8.19 server refuses, so the
 * client is defined here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchProperties.class)
class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(ElasticsearchProperties properties) {
        return RestClient.builder(HttpHost.create(properties.url())).build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient elasticsearchRestClient) {
        return new ElasticsearchClient(new RestClientTransport(elasticsearchRestClient, new JacksonJsonpMapper()));
    }

    @Bean
    ElasticsearchClusterHealthIndicator elasticsearchHealthIndicator(ElasticsearchClient elasticsearchClient) {
        return new ElasticsearchClusterHealthIndicator(elasticsearchClient);
    }
}
