package dk.pressline.platform.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;

/**
 * Which page of a list a client asks for, bound from the {@code page} and {@code size} query parameters. The size is
 * capped so no request can ask for everything at once; the offset is a {@code long}, so no page overflows it.
 */
@ParameterObject
public record PageQuery(
        @Parameter(
                description = "Which page, counted from 0",
                schema = @Schema(type = "integer", format = "int32", defaultValue = "0", example = "0"))
        @Min(value = 0, message = "must be a whole number from 0 to " + Integer.MAX_VALUE)
        Integer page,

        @Parameter(
                description = "How many items a page holds, at most " + PageQuery.MAX_SIZE,
                schema =
                        @Schema(
                                type = "integer",
                                format = "int32",
                                defaultValue = "" + PageQuery.DEFAULT_SIZE,
                                example = "" + PageQuery.DEFAULT_SIZE))
        @Min(value = 1, message = PageQuery.SIZE_RANGE)
        @Max(value = PageQuery.MAX_SIZE, message = PageQuery.SIZE_RANGE)
        Integer size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    static final String SIZE_RANGE = "must be a whole number from 1 to " + MAX_SIZE;

    public PageQuery {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    public long offset() {
        return (long) page * size;
    }
}
