package dk.pressline.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.LoadBalancerFilterFunctions.lb;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import dk.pressline.gateway.apireference.ApiReference;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;

/**
 * The last route: a path no route in {@code application.yml} claims goes to the website, which answers it with its
 * Danish 404 page. API paths stay out of it and keep answering problem+json, and so do the files of the
 * {@link ApiReference}'s UI, which the gateway serves itself after this mapping's turn.
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
                .route(
                        ApiReference.UI_PATHS.stream()
                                .map(RequestPredicates::path)
                                .reduce(path("/api/**"), RequestPredicate::or)
                                .negate(),
                        http())
                .filter(InstanceFailover.retryReadsOnAnotherInstance())
                .filter(lb("website"))
                .build();
        var mapping = new RouterFunctionMapping(route);
        mapping.setOrder(1);
        return mapping;
    }
}
