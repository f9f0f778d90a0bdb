package dk.pressline.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ApiContractTests {

    private static final String NOTE = "/notes/7d3f1c2e-5b1a-4a4e-9a53-2f8f0c1f6b10";

    private final ApiContract contract = ApiContract.of(resource("/api-contract/notes.json"));

    @Test
    void aDocumentedExchangePasses() {
        assertThat(contract.requestViolations("GET", NOTE + "?size=5", null, null))
                .isEmpty();
        assertThat(contract.responseViolations("GET", NOTE, 200, "application/json", "{\"id\":\"n1\",\"text\":null}"))
                .isEmpty();
        assertThat(contract.responseViolations(
                        "GET", NOTE, 404, "application/problem+json", "{\"status\":404,\"title\":\"Not Found\"}"))
                .isEmpty();
    }

    @Test
    void anUndocumentedStatusFails() {
        assertThat(contract.responseViolations(
                        "GET", NOTE, 409, "application/problem+json", "{\"status\":409,\"title\":\"Conflict\"}"))
                .singleElement()
                .asString()
                .contains("status 409 is not documented");
    }

    @Test
    void anUndocumentedResponseFieldFails() {
        assertThat(contract.responseViolations(
                        "GET", NOTE, 200, "application/json", "{\"id\":\"n1\",\"colour\":\"red\"}"))
                .singleElement()
                .asString()
                .contains("colour");
    }

    @Test
    void aResponseFieldOfTheWrongTypeFails() {
        assertThat(contract.responseViolations("GET", NOTE, 200, "application/json", "{\"id\":7}"))
                .singleElement()
                .asString()
                .contains("/id");
    }

    @Test
    void anUndocumentedMediaTypeFails() {
        assertThat(contract.responseViolations("GET", NOTE, 404, "text/html", "<h1>Not found</h1>"))
                .singleElement()
                .asString()
                .contains("text/html");
    }

    @Test
    void anUndocumentedQueryParameterFails() {
        assertThat(contract.requestViolations("GET", NOTE + "?colour=red", null, null))
                .singleElement()
                .asString()
                .contains("query parameter colour is not documented");
    }

    @Test
    void aParameterOutsideItsSchemaFails() {
        assertThat(contract.requestViolations("GET", "/notes/not-a-uuid?size=0", null, null))
                .hasSize(2);
    }

    @Test
    void anUndocumentedOperationFails() {
        assertThat(contract.requestViolations("DELETE", NOTE, null, null))
                .singleElement()
                .asString()
                .contains("DELETE /notes/{id} is not documented");
        assertThat(contract.responseViolations("GET", "/notices", 200, "application/json", "{}"))
                .singleElement()
                .asString()
                .contains("path /notices is not documented");
    }

    @Test
    void aRequestBodyTheOperationDoesNotTakeFails() {
        assertThat(contract.requestViolations("GET", NOTE, "application/json", "{}"))
                .singleElement()
                .asString()
                .contains("request body");
    }

    private static String resource(String name) {
        try (var in = ApiContractTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
