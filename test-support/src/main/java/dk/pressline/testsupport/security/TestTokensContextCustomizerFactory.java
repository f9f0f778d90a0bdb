package dk.pressline.testsupport.security;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Makes a test context with {@link AcceptsTestTokens} trust {@link TestTokens}. */
class TestTokensContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (!TestContextAnnotationUtils.hasAnnotation(testClass, AcceptsTestTokens.class)) {
            return null;
        }
        return new TrustTestTokens();
    }

    private static final class TrustTestTokens implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("pressline-test-tokens", TestTokens.resourceServerProperties()));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TrustTestTokens;
        }

        @Override
        public int hashCode() {
            return TrustTestTokens.class.hashCode();
        }
    }
}
