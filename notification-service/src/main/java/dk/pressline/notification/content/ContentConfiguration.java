package dk.pressline.notification.content;

import dk.pressline.events.Topics;
import dk.pressline.events.placement.PlacementEvent;
import dk.pressline.notification.intake.FollowedTopic;
import dk.pressline.platform.kafka.TopicNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    /** The placements topic, kept as the read model of event listings and newsletter sponsor slots. */
    @Bean
    FollowedTopic<PlacementEvent> followedPlacements(Placements placements, TopicNames topicNames) {
        return new FollowedTopic<>(topicNames.of(Topics.PLACEMENTS), PlacementEvent.class, placements::apply);
    }
}
