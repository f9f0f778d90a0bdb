package dk.pressline.website.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Search-service's highlighted passages: HTML-escaped text in which only {@code <em>} and {@code </em>} mark the
 * matches. The passage is split on exactly those tags and everything else is unescaped to plain text, which the page
 * escapes again, so no other markup from upstream ever reaches a reader.
 */
public final class Highlights {

    private static final Pattern MATCH = Pattern.compile("<em>(.*?)</em>", Pattern.DOTALL);

    /** A run of passage text; {@code match} when it is one of the words searched for. */
    public record Segment(String text, boolean match) {}

    private Highlights() {}

    public static List<Segment> segments(String escaped) {
        var segments = new ArrayList<Segment>();
        var matcher = MATCH.matcher(escaped);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                segments.add(new Segment(unescape(escaped.substring(last, matcher.start())), false));
            }
            segments.add(new Segment(unescape(matcher.group(1)), true));
            last = matcher.end();
        }
        if (last < escaped.length()) {
            segments.add(new Segment(unescape(escaped.substring(last)), false));
        }
        return List.copyOf(segments);
    }

    private static String unescape(String text) {
        return Parser.unescapeEntities(text, false);
    }
}
