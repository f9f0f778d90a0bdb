package dk.pressline.website.config;

import org.springframework.web.client.RestClient;

/** The clients of search-service and notification-service, with the configured timeouts. */
public record Upstreams(RestClient searchService, RestClient notificationService) {}
