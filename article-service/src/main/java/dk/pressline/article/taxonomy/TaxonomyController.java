package dk.pressline.article.taxonomy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The journalists, sections and themes articles are filed under; each is added once and kept. */
@RestController
@RequestMapping("/api")
@Tag(name = "Taxonomy", description = "The authors, sections and themes articles name")
class TaxonomyController {

    private static final String TAKEN = "One with that id or slug already exists.";

    private final Taxonomy taxonomy;

    TaxonomyController(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Operation(summary = "Add an author")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "409", description = TAKEN)
    @PostMapping("/authors")
    @ResponseStatus(HttpStatus.CREATED)
    Author addAuthor(@Valid @RequestBody Author author) {
        return taxonomy.addAuthor(author);
    }

    @Operation(summary = "List the authors")
    @GetMapping("/authors")
    List<Author> authors() {
        return taxonomy.authors();
    }

    @Operation(summary = "Add a section")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "409", description = TAKEN)
    @PostMapping("/sections")
    @ResponseStatus(HttpStatus.CREATED)
    Term addSection(@Valid @RequestBody Term section) {
        return taxonomy.addSection(section);
    }

    @Operation(summary = "List the sections")
    @GetMapping("/sections")
    List<Term> sections() {
        return taxonomy.sections();
    }

    @Operation(summary = "Add a theme")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "409", description = TAKEN)
    @PostMapping("/themes")
    @ResponseStatus(HttpStatus.CREATED)
    Term addTheme(@Valid @RequestBody Term theme) {
        return taxonomy.addTheme(theme);
    }

    @Operation(summary = "List the themes")
    @GetMapping("/themes")
    List<Term> themes() {
        return taxonomy.themes();
    }
}
