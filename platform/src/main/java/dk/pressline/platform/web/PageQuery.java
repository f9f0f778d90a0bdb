package dk.pressline.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which page of a list a client asks for, bound from the {@code page} and {@code size} query parameters. The size is
 * capped so no request can ask for everything at once.
 */
public record PageQuery(@Min(0) Integer page, @Min(1) @Max(MAX_SIZE) Integer size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageQuery {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    public long offset() {
        return (long) page * size;
    }
}
