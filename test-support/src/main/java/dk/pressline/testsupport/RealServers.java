package dk.pressline.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test against real servers, started once per test JVM. Each application context gets its own
 * Kafka topic prefix, PostgreSQL database and Elasticsearch index prefix, so contexts never see each other's data.
 * Spring's context cache shares one context between test classes asking for the same servers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealServers {

    Server[] value();
}
