package dk.pressline.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The API conventions every service follows: problem+json errors (Tomcat's own refusals included), a request size
 * limit, no control characters in query parameters, and an OpenAPI description at {@code /v3/api-docs} (browsable at
 * {@code /swagger-ui.html}) that declares the bearer-token scheme.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PresslineWebProperties.class)
public class PlatformWebConfiguration {

    static final String BEARER_SCHEME = "bearer-jwt";

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(PresslineWebProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxRequestSize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ControlCharactersInQueryFilter> controlCharactersInQueryFilter() {
        var registration = new FilterRegistrationBean<>(new ControlCharactersInQueryFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    OpenAPI presslineOpenApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("Pressline " + service).version("v1"))
                .components(new Components().addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token from the Pressline token issuer; readers' endpoints need none.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }
}
