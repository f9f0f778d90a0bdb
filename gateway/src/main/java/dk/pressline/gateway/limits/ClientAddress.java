package dk.pressline.gateway.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import org.springframework.cloud.gateway.server.mvc.filter.TrustedProxies;

/**
 * The client's address as the gateway forwards it in {@code X-Forwarded-For}: the connection's address, unless that
 * is a trusted proxy, in which case the nearest address in the proxies' {@code X-Forwarded-For} that is not one.
 */
final class ClientAddress {

    private ClientAddress() {}

    static String of(HttpServletRequest request, TrustedProxies trustedProxies) {
        var hops = new ArrayList<String>();
        var forwardedFor = request.getHeaders("X-Forwarded-For");
        while (forwardedFor.hasMoreElements()) {
            Arrays.stream(forwardedFor.nextElement().split(","))
                    .map(String::strip)
                    .filter(hop -> !hop.isEmpty())
                    .forEach(hops::add);
        }
        var client = request.getRemoteAddr();
        for (int hop = hops.size() - 1; hop >= 0 && trustedProxies.isTrusted(client); hop--) {
            client = hops.get(hop);
        }
        return client;
    }
}
