package dk.pressline.article.taxonomy;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class TaxonomyController {

    private final Taxonomy taxonomy;

    TaxonomyController(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @PostMapping("/authors")
    @ResponseStatus(HttpStatus.CREATED)
    Author addAuthor(@Valid @RequestBody Author author) {
        return taxonomy.addAuthor(author);
    }

    @GetMapping("/authors")
    List<Author> authors() {
        return taxonomy.authors();
    }

    @PostMapping("/sections")
    @ResponseStatus(HttpStatus.CREATED)
    Term addSection(@Valid @RequestBody Term section) {
        return taxonomy.addSection(section);
    }

    @GetMapping("/sections")
    List<Term> sections() {
        return taxonomy.sections();
    }

    @PostMapping("/themes")
    @ResponseStatus(HttpStatus.CREATED)
    Term addTheme(@Valid @RequestBody Term theme) {
        return taxonomy.addTheme(theme);
    }

    @GetMapping("/themes")
    List<Term> themes() {
        return taxonomy.themes();
    }
}
