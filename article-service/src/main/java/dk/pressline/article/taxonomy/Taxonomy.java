package dk.pressline.article.taxonomy;

import dk.pressline.platform.web.ConflictException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The authors, sections and themes articles are filed under, managed by editors. */
@Service
public class Taxonomy {

    private final JdbcClient jdbc;

    Taxonomy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Author addAuthor(Author author) {
        insert("insert into author (id, name) values (?, ?)", "An author with id " + author.id(), author.id(),
                author.name());
        return author;
    }

    public Term addSection(Term section) {
        insert("insert into section (slug, name) values (?, ?)", "A section " + section.slug(), section.slug(),
                section.name());
        return section;
    }

    public Term addTheme(Term theme) {
        insert("insert into theme (slug, name) values (?, ?)", "A theme " + theme.slug(), theme.slug(), theme.name());
        return theme;
    }

    public List<Author> authors() {
        return jdbc.sql("select id, name from author order by name").query(Author.class).list();
    }

    public List<Term> sections() {
        return jdbc.sql("select slug, name from section order by name").query(Term.class).list();
    }

    public List<Term> themes() {
        return jdbc.sql("select slug, name from theme order by name").query(Term.class).list();
    }

    /** The named authors, in the order given; unknown ids are left out. */
    public List<Author> authors(Collection<String> ids) {
        var found = jdbc.sql("select id, name from author where id = any(?)").param(ids.toArray(String[]::new))
                .query(Author.class).list();
        return ids.stream().flatMap(id -> found.stream().filter(author -> author.id().equals(id))).toList();
    }

    public Optional<Term> section(String slug) {
        return jdbc.sql("select slug, name from section where slug = ?").param(slug).query(Term.class).optional();
    }

    /** The named themes, in the order given; unknown slugs are left out. */
    public List<Term> themes(Collection<String> slugs) {
        var found = jdbc.sql("select slug, name from theme where slug = any(?)").param(slugs.toArray(String[]::new))
                .query(Term.class).list();
        return slugs.stream().flatMap(slug -> found.stream().filter(theme -> theme.slug().equals(slug))).toList();
    }

    private void insert(String sql, String what, Object... values) {
        try {
            jdbc.sql(sql).params(values).update();
        }
        catch (DuplicateKeyException e) {
            throw new ConflictException(what + " already exists.");
        }
    }
}
