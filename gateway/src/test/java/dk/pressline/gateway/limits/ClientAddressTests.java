package dk.pressline.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.server.mvc.filter.TrustedProxies;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTests {

    static final TrustedProxies NONE = TrustedProxies.from("none");
    static final TrustedProxies LOAD_BALANCERS = TrustedProxies.from("10\\.0\\.0\\.\\d+");

    @Test
    void isTheConnectionsAddressWhateverAnUntrustedClientClaims() {
        assertThat(ClientAddress.of(request("198.51.100.7", "203.0.113.9"), NONE))
                .isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of(request("198.51.100.7", "203.0.113.9"), LOAD_BALANCERS))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void isTheNearestAddressATrustedProxyForwardedThatIsNotAProxy() {
        assertThat(ClientAddress.of(request("10.0.0.2", "203.0.113.9, 198.51.100.7, 10.0.0.5"), LOAD_BALANCERS))
                .isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of(request("10.0.0.2", null), LOAD_BALANCERS)).isEqualTo("10.0.0.2");
    }

    private static MockHttpServletRequest request(String remoteAddress, String forwardedFor) {
        var request = new MockHttpServletRequest("GET", "/api/search");
        request.setRemoteAddr(remoteAddress);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
