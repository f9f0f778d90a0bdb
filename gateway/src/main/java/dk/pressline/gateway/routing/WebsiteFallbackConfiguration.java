package dk.pressline.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.LoadBalancerFilterFunctions.lb;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;

/**
 * The last route: a path no route in {@code application.yml} claims goes to the website, which answers it with its
 * Danish 404 page. API paths stay out of it and keep answering problem+json.
 */
@Configuration(proxyBeanMethods = false)
class WebsiteFallbackConfiguration {

    /**
     * A mapping of its own rather than a {@code RouterFunction} bean, whose place among the configured routes Spring does
     * not promise. Order 1 puts it after the configured routes (-1) and the controllers, {@code /error} among them (0).
     */
    @Bean
    RouterFunctionMapping websiteFallbackRoute() {
        var route = GatewayRouterFunctions.route("website-fallback")
                .route(path("/api/**").negate(), http())
                .filter(InstanceFailover.retryReadsOnAnotherInstance())
                .filter(lb("website"))
                .build();
        var mapping = new RouterFunctionMapping(route);
        mapping.setOrder(1);
        return mapping;
    }
}
