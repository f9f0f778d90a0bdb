package dk.pressline.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * A WireMock server standing in for a service behind the gateway: it answers every request 200 with its name and the
 * request line, {@code "search-service GET /api/search?q=klima"} (and the body after a space, when it echoes bodies),
 * so a test sees which service the gateway sent what to.
 */
public final class EchoingService {

    private final String name;
    private final boolean echoesBodies;
    private final WireMockServer server;
    private final int port;

    private EchoingService(String name, boolean echoesBodies) {
        this.name = name;
        this.echoesBodies = echoesBodies;
        this.server = new WireMockServer(standInOptions());
        server.start();
        port = server.port();
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody(name + " {{request.method}} {{{request.url}}}"
                                + (echoesBodies ? " {{{request.body}}}" : ""))
                        .withTransformers("response-template")));
    }

    /**
     * On 127.0.0.1, a free port, and HTTP/1.1 only, as the services (Tomcat) answer: the gateway's client asks for an
     * upgrade to cleartext HTTP/2, which Jetty in WireMock would accept and then reset POST streams on.
     */
    public static WireMockConfiguration standInOptions() {
        return options().bindAddress("127.0.0.1").dynamicPort().http2PlainDisabled(true);
    }

    public static EchoingService start(String name) {
        return new EchoingService(name, false);
    }

    /** One that also answers with the body it received. */
    public static EchoingService startEchoingBodies(String name) {
        return new EchoingService(name, true);
    }

    /** Its base URL, which a stopped one keeps: nothing answers there then. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Every request it received, oldest first, each as it answered it. */
    public List<String> requests() {
        return received().stream()
                .map(request -> name + " " + request.getMethod() + " " + request.getUrl()
                        + (echoesBodies ? " " + request.getBodyAsString() : ""))
                .toList();
    }

    /** Every request it received, oldest first, with their headers. */
    public List<LoggedRequest> received() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    public void stop() {
        server.stop();
    }
}
