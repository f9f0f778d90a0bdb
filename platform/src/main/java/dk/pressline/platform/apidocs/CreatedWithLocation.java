package dk.pressline.platform.apidocs;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The operation creates a resource and answers 201 with it, and with its address in {@code Location}. */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(
        responseCode = "201",
        description = "Created; Location is its address",
        headers =
                @Header(
                        name = "Location",
                        description = "The address of what was created",
                        required = true,
                        schema = @Schema(type = "string", format = "uri-reference")))
public @interface CreatedWithLocation {}
