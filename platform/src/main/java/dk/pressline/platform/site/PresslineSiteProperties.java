package dk.pressline.platform.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where readers reach the site.
 *
 * @param siteUrl the public origin of the site, checked as it is bound (see {@link SiteUrl#of})
 */
@ConfigurationProperties("pressline")
public record PresslineSiteProperties(SiteUrl siteUrl) {

    public PresslineSiteProperties {
        if (siteUrl == null) {
            siteUrl = SiteUrl.of(null);
        }
    }
}
