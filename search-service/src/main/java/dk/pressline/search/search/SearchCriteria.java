package dk.pressline.search.search;

import dk.pressline.platform.web.InvalidInputException;
import dk.pressline.search.content.ContentFields;
import dk.pressline.search.content.ReaderPaging;
import dk.pressline.search.indexing.ContentType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A reader's search, checked: every parameter is either valid or refused with its name and the reason.
 *
 * @param query the words searched for; {@code null} lists everything matching the filters
 * @param allThemes {@code true} when a result must carry every theme, {@code false} when any one is enough
 * @param types empty means every type
 * @param page zero-based
 * @param size results a page holds
 * @param facets what the results are counted by besides their total
 */
public record SearchCriteria(
        String query,
        List<String> themes,
        boolean allThemes,
        String section,
        Set<String> types,
        String language,
        LocalDate fromDate,
        LocalDate toDate,
        OrderBy orderBy,
        int page,
        int size,
        Set<String> fields,
        Set<Facet> facets) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    /** The name {@code size} had before; still read when {@code size} is not given. */
    public static final String OLD_SIZE_PARAMETER = "page-size";

    /**
     * What a search can count its results by. Counting looks at every result, where the page itself needs only the
     * best ones, so a search counts only what it is asked to.
     */
    public enum Facet {
        THEMES,
        SECTIONS,
        TYPES,
        MONTHS;

        static Set<Facet> parse(String parameter, String value) {
            var facets = EnumSet.noneOf(Facet.class);
            for (var name : list(value)) {
                if (name.equals("all")) {
                    return EnumSet.allOf(Facet.class);
                }
                facets.add(Arrays.stream(values())
                        .filter(facet -> facet.parameterValue().equals(name))
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException(
                                parameter,
                                "unknown facet '" + name
                                        + "'; known facets are "
                                        + Arrays.stream(values())
                                                .map(Facet::parameterValue)
                                                .collect(Collectors.joining(", "))
                                        + ", or all")));
            }
            return facets;
        }

        public String parameterValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How results are ordered. */
    public enum OrderBy {
        RELEVANCE,
        NEWEST,
        OLDEST;

        static OrderBy parse(String value, boolean hasQuery) {
            if (value == null || value.isBlank()) {
                return hasQuery ? RELEVANCE : NEWEST;
            }
            return Arrays.stream(values())
                    .filter(order -> order.parameterValue().equals(value))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "order-by",
                            "must be one of "
                                    + Arrays.stream(values())
                                            .map(OrderBy::parameterValue)
                                            .collect(Collectors.joining(", "))));
        }

        String parameterValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @param oldSize {@code page-size}, the name {@code size} had before */
    public static SearchCriteria parse(
            String q,
            String themes,
            String themesMatch,
            String section,
            String type,
            String language,
            String fromDate,
            String toDate,
            String orderBy,
            String page,
            String size,
            String oldSize,
            String showFields,
            String showFacets) {
        var query = q == null || q.isBlank() ? null : q.trim();
        if (query != null && query.length() > 200) {
            throw new InvalidInputException("q", "must be at most 200 characters");
        }
        boolean all = switch (themesMatch == null ? "all" : themesMatch) {
            case "all" -> true;
            case "any" -> false;
            default -> throw new InvalidInputException("themes-match", "must be one of all, any");
        };
        var from = date("from-date", fromDate);
        var to = date("to-date", toDate);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to-date", "must not be before from-date");
        }
        var sizeParameter = sizeParameter(size, oldSize);
        int pageSize =
                ReaderPaging.size(sizeParameter, sizeParameter.equals("size") ? size : oldSize, DEFAULT_SIZE, MAX_SIZE);
        int pageNumber = ReaderPaging.page("page", page, sizeParameter, pageSize);
        if (language != null && !language.matches("[a-z]{2}")) {
            throw new InvalidInputException("language", "must be a two-letter language code such as da or en");
        }
        return new SearchCriteria(
                query,
                list(themes),
                all,
                blankToNull(section),
                types(type),
                language,
                from,
                to,
                OrderBy.parse(orderBy, query != null),
                pageNumber,
                pageSize,
                ContentFields.parse("show-fields", showFields),
                Facet.parse("show-facets", showFacets));
    }

    /** Which of the two names the page size was given under: {@code size}, unless only the old one was. */
    private static String sizeParameter(String size, String oldSize) {
        boolean given = size != null && !size.isBlank();
        boolean oldGiven = oldSize != null && !oldSize.isBlank();
        if (given && oldGiven) {
            throw new InvalidInputException(OLD_SIZE_PARAMETER, "is the old name of size; give size only");
        }
        return oldGiven ? OLD_SIZE_PARAMETER : "size";
    }

    private static Set<String> types(String value) {
        var types = new LinkedHashSet<String>();
        for (var type : list(value)) {
            if (Arrays.stream(ContentType.values())
                    .noneMatch(known -> known.value().equals(type))) {
                throw new InvalidInputException(
                        "type",
                        "unknown type '" + type + "'; known types are "
                                + Arrays.stream(ContentType.values())
                                        .map(ContentType::value)
                                        .collect(Collectors.joining(", ")));
            }
            types.add(type);
        }
        return types;
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "must be a date such as 2026-11-27");
        }
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .distinct()
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
