package dk.pressline.notification.newsletter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NewsletterProperties.class)
class NewsletterConfiguration {}
