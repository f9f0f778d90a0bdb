package dk.pressline.article;

import dk.pressline.testsupport.architecture.ServiceBoundaries;
import java.util.List;

/** How the feature packages may depend on each other, checked on the compiled classes (no servers). */
class ModuleBoundariesTests extends ServiceBoundaries {

    ModuleBoundariesTests() {
        super(ArticleServiceApplication.class);
    }

    @Override
    protected List<String> notYetRepositories() {
        // Taxonomy reads the lookup tables of authors, sections and themes itself.
        return List.of("taxonomy.Taxonomy");
    }
}
