package dk.pressline.portal.config;

import org.springframework.web.client.RestClient;

/** The client of sponsor-service's API, calling it as the signed-in person. */
public record SponsorService(RestClient api) {}
