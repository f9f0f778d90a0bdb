package dk.pressline.testsupport;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Turns {@link RealServers} on a test class into a {@link RealServersContextCustomizer}. */
class RealServersContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        var annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, RealServers.class);
        if (annotation == null) {
            return null;
        }
        Set<Server> servers = EnumSet.noneOf(Server.class);
        servers.addAll(List.of(annotation.value()));
        return new RealServersContextCustomizer(servers);
    }
}
