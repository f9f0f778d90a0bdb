package dk.pressline.website;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The readers' website: server-rendered Danish pages over search-service and notification-service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebsiteApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebsiteApplication.class, args);
    }
}
