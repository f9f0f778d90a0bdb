package dk.pressline.notification.subscription;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SubscriptionProperties.class)
class SubscriptionConfiguration {

    @Bean
    SignedLinks signedLinks(SubscriptionProperties properties) {
        return new SignedLinks(properties.linkSecret());
    }

    @Bean
    AddressHashes addressHashes(SubscriptionProperties properties) {
        return new AddressHashes(properties.suppressionKey());
    }

    /** The sign-up limits' token buckets, in PostgreSQL so every instance counts against the same ones. */
    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> signUpBuckets(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_up_buckets")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    @Bean
    SignUpLimits signUpLimits(
            PostgreSQLSelectForUpdateBasedProxyManager<String> signUpBuckets,
            AddressHashes hashes,
            SubscriptionProperties properties) {
        return new SignUpLimits(signUpBuckets, hashes, properties.signUp());
    }
}
