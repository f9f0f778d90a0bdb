package dk.pressline.portal.booking;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * sponsor-service's reasons for refusing a field, in Danish where the portal knows the wording; any other reason is
 * shown as the service gave it, so nothing is hidden.
 */
final class DanishReasons {

    private static final Map<String, String> EXACT = Map.ofEntries(
            Map.entry("must not be blank", "Skal udfyldes."),
            Map.entry("must not be null", "Skal udfyldes."),
            Map.entry("must not be empty", "Skal udfyldes."),
            Map.entry("must be an http or https URL", "Skal være en adresse, der begynder med http:// eller https://."),
            Map.entry("must not be in the past", "Må ikke ligge før i dag."),
            Map.entry(
                    "must be a theme slug: lower-case letters, digits and dashes",
                    "Skal være temaernes korte navne: små bogstaver, tal og bindestreger."),
            Map.entry("an event listing needs its event", "Et arrangement skal have arrangør, titel, dato og sted."),
            Map.entry("a job ad needs its job", "En jobannonce skal have arbejdsgiver, titel og arbejdssted."),
            Map.entry(
                    "an item in the related feed targets at least one theme",
                    "Relateret indhold skal have mindst ét tema."));

    private record Wording(Pattern english, Function<MatchResult, String> danish) {}

    private static final List<Wording> PATTERNS = List.of(
            new Wording(
                    Pattern.compile("size must be between \\d+ and (\\d+)"),
                    match -> "Må højst være " + match.group(1) + " tegn."),
            new Wording(
                    Pattern.compile("must be at most (\\d+) days ahead, on (\\S+) or before"),
                    match -> "Må højst ligge " + match.group(1) + " dage frem, senest " + match.group(2) + "."),
            new Wording(Pattern.compile("must not be before \\w+"), match -> "Må ikke ligge før første dag."),
            new Wording(Pattern.compile("spans at most (\\d+) days"), match -> "Højst " + match.group(1) + " dage."),
            new Wording(
                    Pattern.compile("\\w+ has no price on (\\S+) and cannot be booked for it"),
                    match -> "Der er ingen pris den " + match.group(1) + ", så dagen kan ikke bookes endnu."));

    private DanishReasons() {}

    static String of(String reason) {
        if (reason == null) {
            return "Feltet kunne ikke bruges.";
        }
        var known = EXACT.get(reason);
        if (known != null) {
            return known;
        }
        for (var wording : PATTERNS) {
            var matcher = wording.english().matcher(reason);
            if (matcher.matches()) {
                return wording.danish().apply(matcher.toMatchResult());
            }
        }
        return reason;
    }
}
