package dk.pressline.article.taxonomy;

import dk.pressline.platform.web.ConflictException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** The authors, sections and themes articles are filed under, managed by editors. */
@Service
public class Taxonomy {

    private final TaxonomyRepository repository;

    Taxonomy(TaxonomyRepository repository) {
        this.repository = repository;
    }

    public Author addAuthor(Author author) {
        add(() -> repository.insertAuthor(author), "An author with id " + author.id());
        return author;
    }

    public Term addSection(Term section) {
        add(() -> repository.insertSection(section), "A section " + section.slug());
        return section;
    }

    public Term addTheme(Term theme) {
        add(() -> repository.insertTheme(theme), "A theme " + theme.slug());
        return theme;
    }

    public List<Author> authors() {
        return repository.authors();
    }

    public List<Term> sections() {
        return repository.sections();
    }

    public List<Term> themes() {
        return repository.themes();
    }

    /** The named authors, in the order given; unknown ids are left out. */
    public List<Author> authors(Collection<String> ids) {
        var found = repository.authors(ids);
        return ids.stream()
                .flatMap(id -> found.stream().filter(author -> author.id().equals(id)))
                .toList();
    }

    public Optional<Term> section(String slug) {
        return repository.section(slug);
    }

    /** The named themes, in the order given; unknown slugs are left out. */
    public List<Term> themes(Collection<String> slugs) {
        var found = repository.themes(slugs);
        return slugs.stream()
                .flatMap(slug -> found.stream().filter(theme -> theme.slug().equals(slug)))
                .toList();
    }

    private static void add(Runnable insert, String what) {
        try {
            insert.run();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(what + " already exists.");
        }
    }
}
