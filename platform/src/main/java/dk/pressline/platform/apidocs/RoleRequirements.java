package dk.pressline.platform.apidocs;

import dk.pressline.platform.apidocs.ProblemDocumentation.SharedResponse;
import dk.pressline.platform.security.Role;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * Who may call each operation, as the service's security rules decide it: each operation is put to the rules as an
 * anonymous reader and as a caller with each one {@link Role}. An operation readers may call needs no token (through
 * the gateway it may answer 429, the readers' rate limit); any other needs the bearer token with one of the roles that
 * may, named in its security requirement and its description, and answers 401 without one and 403 with a token whose
 * roles may not.
 */
final class RoleRequirements implements OpenApiCustomizer {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final Authentication READER = new AnonymousAuthenticationToken(
            "api-description", "reader", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final ObjectProvider<WebInvocationPrivilegeEvaluator> rules;
    private final String scheme;

    RoleRequirements(ObjectProvider<WebInvocationPrivilegeEvaluator> rules, String scheme) {
        this.rules = rules;
        this.scheme = scheme;
    }

    @Override
    public void customise(OpenAPI api) {
        var evaluator = rules.getIfAvailable();
        if (evaluator == null || api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    var uri = PATH_VARIABLE.matcher(path).replaceAll("sample");
                    if (evaluator.isAllowed("", uri, method.name(), READER)) {
                        InputErrorResponses.add(responses(operation), SharedResponse.TOO_MANY_REQUESTS);
                        return;
                    }
                    var roles = Arrays.stream(Role.values())
                            .filter(role -> evaluator.isAllowed("", uri, method.name(), caller(role)))
                            .map(Role::name)
                            .toList();
                    if (!roles.isEmpty()) {
                        requireToken(operation, roles);
                    }
                }));
    }

    private void requireToken(Operation operation, List<String> roles) {
        operation.addSecurityItem(new SecurityRequirement().addList(scheme, roles));
        var needs = "Needs a bearer token with the role " + String.join(" or ", roles) + ".";
        operation.setDescription(
                operation.getDescription() == null ? needs : operation.getDescription() + "\n\n" + needs);
        InputErrorResponses.add(responses(operation), SharedResponse.UNAUTHORIZED);
        if (roles.size() < Role.values().length) {
            InputErrorResponses.add(responses(operation), SharedResponse.FORBIDDEN);
        }
    }

    private static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }

    private static Authentication caller(Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(
                "api-description", null, AuthorityUtils.createAuthorityList(role.authority()));
    }
}
