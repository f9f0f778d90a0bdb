package dk.pressline.portal.person;

import java.util.Set;

/**
 * The signed-in person, as the ID token tells: a name to greet, the username (an e-mail), the roles, and for an
 * advertiser's person the advertiser it acts for.
 */
public record Person(String username, String name, Set<String> roles, String advertiserId) {

    public Person {
        roles = Set.copyOf(roles);
    }

    public boolean isAdvertiser() {
        return roles.contains("ADVERTISER") && advertiserId != null;
    }

    public boolean isSales() {
        return roles.contains("SALES") || roles.contains("ADMIN");
    }
}
