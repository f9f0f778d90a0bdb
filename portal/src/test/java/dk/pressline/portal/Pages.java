package dk.pressline.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The portal's pages as a browser without JavaScript gets them, under the context path {@value #CONTEXT}. */
final class Pages {

    static final String CONTEXT = "/portal";

    /** A page as received: its status, its redirect if any, and its parsed HTML. */
    record Page(
            int status,
            String location,
            String body,
            Document html,
            Map<String, Object> flash,
            Map<String, String> headers) {

        String text() {
            return html.text();
        }
    }

    private final MockMvc mvc;

    Pages(MockMvc mvc) {
        this.mvc = mvc;
    }

    Page get(String path, RequestPostProcessor person) {
        return send(withContext(MockMvcRequestBuilders.get(CONTEXT + path)).with(person));
    }

    Page getAnonymously(String path) {
        return send(withContext(MockMvcRequestBuilders.get(CONTEXT + path)));
    }

    /** Posts a form with the CSRF token a rendered form carries. */
    Page post(String path, RequestPostProcessor person, Map<String, ?> form) {
        return send(form(path, form).with(person).with(csrf()));
    }

    /** Posts a form as a page elsewhere would: without the CSRF token. */
    Page postWithoutCsrf(String path, RequestPostProcessor person, Map<String, ?> form) {
        return send(form(path, form).with(person));
    }

    private MockHttpServletRequestBuilder form(String path, Map<String, ?> form) {
        var request = withContext(MockMvcRequestBuilders.post(CONTEXT + path))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(each -> request.param(name, String.valueOf(each)));
            } else {
                request.param(name, String.valueOf(value));
            }
        });
        return request;
    }

    private static MockHttpServletRequestBuilder withContext(MockHttpServletRequestBuilder request) {
        return request.contextPath(CONTEXT).accept(MediaType.TEXT_HTML);
    }

    private Page send(MockHttpServletRequestBuilder request) {
        try {
            MvcResult result = mvc.perform(request).andReturn();
            var response = result.getResponse();
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            var body = response.getContentAsString(StandardCharsets.UTF_8);
            var headers = new java.util.TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
            response.getHeaderNames().forEach(name -> headers.put(name, response.getHeader(name)));
            return new Page(
                    response.getStatus(),
                    response.getRedirectedUrl(),
                    body,
                    Jsoup.parse(body),
                    result.getFlashMap(),
                    headers);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
