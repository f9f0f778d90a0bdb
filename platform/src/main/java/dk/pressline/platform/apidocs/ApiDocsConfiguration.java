package dk.pressline.platform.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * Every service's OpenAPI description at {@code /v3/api-docs}: its server is where the document was fetched from (the
 * gateway, through which "Try it out" then goes), errors are RFC 9457 problems, and each operation lists the errors
 * its input and its security rules lead to, and the roles it needs.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OperationCustomizer.class)
public class ApiDocsConfiguration {

    static final String BEARER_SCHEME = "bearer-jwt";

    @Bean
    OpenAPI presslineOpenApi(@Value("${spring.application.name}") String service) {
        var components = new Components()
                .addSecuritySchemes(
                        BEARER_SCHEME,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description(
                                        "An access token from the Pressline token issuer, whose roles claim names the caller's "
                                                + "roles; operations readers call need none."));
        ProblemDocumentation.addTo(components);
        return new OpenAPI()
                .info(new Info().title("Pressline " + service).version("v1"))
                .addServersItem(new Server()
                        .url("/")
                        .description("Where this description was read from: the "
                                + "gateway, which serves every service's API under one origin"))
                .components(components);
    }

    @Bean
    OperationCustomizer inputErrorResponses() {
        return new InputErrorResponses();
    }

    @Bean
    OpenApiCustomizer operationIds() {
        return new OperationIds();
    }

    @Bean
    OpenApiCustomizer nullableReferences() {
        return new NullableReferences();
    }

    @Bean
    OpenApiCustomizer roleRequirements(ObjectProvider<WebInvocationPrivilegeEvaluator> rules) {
        return new RoleRequirements(rules, BEARER_SCHEME);
    }
}
