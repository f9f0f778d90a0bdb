package dk.pressline.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits every service's API applies.
 *
 * @param maxRequestSize the largest request body accepted (1 MB unless set)
 */
@ConfigurationProperties("pressline.web")
public record PresslineWebProperties(DataSize maxRequestSize) {

    public PresslineWebProperties {
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(1) : maxRequestSize;
    }
}
