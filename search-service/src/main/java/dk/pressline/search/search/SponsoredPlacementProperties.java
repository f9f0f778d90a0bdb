package dk.pressline.search.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where sponsored items may stand among a search's first results. Events and jobs are listings readers search for
 * and are ranked as they match; this is about the paid content of type {@code sponsored}.
 *
 * @param maxInTopThree how many sponsored items the first three results may hold; 1 unless set
 * @param mayLead whether a sponsored item may be the first result while something editorial matches; no unless set
 */
@ConfigurationProperties("pressline.search.sponsored")
record SponsoredPlacementProperties(Integer maxInTopThree, Boolean mayLead) {

    SponsoredPlacementProperties {
        maxInTopThree = maxInTopThree == null ? 1 : maxInTopThree;
        mayLead = mayLead != null && mayLead;
    }
}
