package dk.pressline.notification.alert;

import dk.pressline.events.Topics;
import dk.pressline.events.article.ArticleEvent;
import dk.pressline.notification.intake.FollowedTopic;
import dk.pressline.platform.kafka.TopicNames;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertProperties.class)
class AlertConfiguration {

    /** The articles topic: each event kept in the read model, a first publication alerted to its themes' followers. */
    @Bean
    FollowedTopic<ArticleEvent> followedArticles(ThemeAlerts alerts, TopicNames topicNames) {
        return new FollowedTopic<>(topicNames.of(Topics.ARTICLES), ArticleEvent.class, alerts::on);
    }
}
