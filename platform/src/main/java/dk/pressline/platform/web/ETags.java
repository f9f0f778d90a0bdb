package dk.pressline.platform.web;

import java.util.Arrays;

/** Strong ETags for versioned resources, and the {@code If-Match} check that keeps concurrent edits from being lost. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Passes when {@code ifMatch} names the current version (or is {@code *}).
     *
     * @throws PreconditionRequiredException when there is no {@code If-Match} (428)
     * @throws PreconditionFailedException when it names another version (412)
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        var current = of(currentVersion);
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new PreconditionFailedException(current);
        }
    }
}
