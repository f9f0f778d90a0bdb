package dk.pressline.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The boundaries a service's own code keeps, checked on its compiled main classes, without servers or a Spring
 * context: its feature packages (those right below the application's) depend on each other without cycles, its web
 * packages are used by web code only, and SQL is written only in repositories. A service's {@code
 * ModuleBoundariesTests} extends this with its application class.
 */
public abstract class ServiceBoundaries {

    private static final Set<String> SQL_CLIENTS = Set.of(
            "org.springframework.jdbc.core.JdbcTemplate",
            "org.springframework.jdbc.core.JdbcOperations",
            "org.springframework.jdbc.core.simple.JdbcClient",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations");
    private static final String REPOSITORY = "org.springframework.stereotype.Repository";
    private static final Map<String, JavaClasses> imported = new ConcurrentHashMap<>();

    private final String basePackage;
    private final JavaClasses classes;

    /** The main classes in the package of the service's application class and below it. */
    protected ServiceBoundaries(Class<?> application) {
        // The rules look at this service's classes and the names of what they use; reading all of Spring is not needed.
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        this.basePackage = application.getPackageName();
        this.classes = imported.computeIfAbsent(
                basePackage,
                base -> new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(base));
    }

    /**
     * The classes, relative to the application's package (e.g. {@code "taxonomy.Taxonomy"}), that write SQL without
     * being repositories. A name here that is no class of the service fails the test, so the list cannot
     * outlive its classes.
     */
    protected List<String> notYetRepositories() {
        return List.of();
    }

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        slices().matching(basePackage + ".(*)..")
                .namingSlices("$1")
                .as("the feature packages of " + basePackage)
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    /** Controllers and their request and view types in {@code web} packages are used by nothing outside them. */
    @Test
    void webPackagesAreUsedOnlyByWebCode() {
        var web = basePackage + "..web..";
        noClasses()
                .that()
                .resideOutsideOfPackage(web)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(web)
                .check(classes);
    }

    /**
     * Only repositories (named {@code *Repository} or annotated {@code @Repository}), the classes of
     * {@link #notYetRepositories()}, and the classes nested in them hold a JdbcTemplate, JdbcClient or
     * NamedParameterJdbcTemplate.
     */
    @Test
    void onlyRepositoriesWriteSql() {
        var listed = notYetRepositories().stream()
                .map(name -> basePackage + "." + name)
                .toList();
        var repositories = classes.stream()
                .filter(type -> type.getSimpleName().endsWith("Repository") || type.isAnnotatedWith(REPOSITORY))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(HashSet::new));
        for (var name : listed) {
            if (!classes.contain(name) || repositories.contains(name)) {
                throw new AssertionError(name + " is no class of this service, or a repository: take it off the list");
            }
        }
        repositories.addAll(listed);
        var allowed = DescribedPredicate.describe(
                "are repositories or " + listed,
                (JavaClass type) -> repositories.contains(type.getName().split("\\$", 2)[0]));
        var sqlClients = DescribedPredicate.describe(
                "are SQL clients " + SQL_CLIENTS, (JavaClass type) -> SQL_CLIENTS.contains(type.getName()));
        noClasses()
                .that(DescribedPredicate.not(allowed))
                .should()
                .dependOnClassesThat(sqlClients)
                .check(classes);
    }
}
