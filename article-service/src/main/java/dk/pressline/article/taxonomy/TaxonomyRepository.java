package dk.pressline.article.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Authors, sections and themes in PostgreSQL. */
@Repository
class TaxonomyRepository {

    private final JdbcClient jdbc;

    TaxonomyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the author's id is taken */
    void insertAuthor(Author author) {
        jdbc.sql("insert into author (id, name) values (?, ?)")
                .params(author.id(), author.name())
                .update();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the section's slug is taken */
    void insertSection(Term section) {
        jdbc.sql("insert into section (slug, name) values (?, ?)")
                .params(section.slug(), section.name())
                .update();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the theme's slug is taken */
    void insertTheme(Term theme) {
        jdbc.sql("insert into theme (slug, name) values (?, ?)")
                .params(theme.slug(), theme.name())
                .update();
    }

    List<Author> authors() {
        return jdbc.sql("select id, name from author order by name")
                .query(Author.class)
                .list();
    }

    List<Term> sections() {
        return jdbc.sql("select slug, name from section order by name")
                .query(Term.class)
                .list();
    }

    List<Term> themes() {
        return jdbc.sql("select slug, name from theme order by name")
                .query(Term.class)
                .list();
    }

    /** The authors of these ids, in no particular order. */
    List<Author> authors(Collection<String> ids) {
        return jdbc.sql("select id, name from author where id = any(?)")
                .param(ids.toArray(String[]::new))
                .query(Author.class)
                .list();
    }

    Optional<Term> section(String slug) {
        return jdbc.sql("select slug, name from section where slug = ?")
                .param(slug)
                .query(Term.class)
                .optional();
    }

    /** The themes of these slugs, in no particular order. */
    List<Term> themes(Collection<String> slugs) {
        return jdbc.sql("select slug, name from theme where slug = any(?)")
                .param(slugs.toArray(String[]::new))
                .query(Term.class)
                .list();
    }
}
