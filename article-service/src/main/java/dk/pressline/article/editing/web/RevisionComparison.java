package dk.pressline.article.editing.web;

import dk.pressline.article.content.ArticleContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The fields in which two saved contents of an article differ. */
final class RevisionComparison {

    record Difference(String field, Object from, Object to) {}

    private RevisionComparison() {}

    static List<Difference> between(ArticleContent from, ArticleContent to) {
        var differences = new ArrayList<Difference>();
        for (var component : ArticleContent.class.getRecordComponents()) {
            try {
                var before = component.getAccessor().invoke(from);
                var after = component.getAccessor().invoke(to);
                if (!Objects.equals(before, after)) {
                    differences.add(new Difference(component.getName(), before, after));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return differences;
    }
}
