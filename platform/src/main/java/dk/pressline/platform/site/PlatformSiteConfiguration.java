package dk.pressline.platform.site;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The site's public origin as a {@link SiteUrl}, in the services that write absolute links: those that declare
 * {@code pressline.site-url}. A value that is not an origin stops the service at start-up, naming the setting.
 */
@AutoConfiguration
@ConditionalOnProperty(SiteUrl.PROPERTY)
@EnableConfigurationProperties(PresslineSiteProperties.class)
public class PlatformSiteConfiguration {

    @Bean
    SiteUrl siteUrl(PresslineSiteProperties properties) {
        return properties.siteUrl();
    }
}
