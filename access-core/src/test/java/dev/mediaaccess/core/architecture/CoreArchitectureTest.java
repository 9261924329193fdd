package dev.mediaaccess.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.mediaaccess.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule core_depends_only_on_jdk_and_guava = classes()
            .that().resideInAPackage("dev.mediaaccess.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.mediaaccess.core..", "java..", "com.google.common..")
            .because("the core is pure domain: adapters bring every other library");

    @ArchTest
    static final ArchRule domain_models_do_not_depend_on_application_services = noClasses()
            .that().resideInAPackage("dev.mediaaccess.core..model..")
            .should().dependOnClassesThat().resideInAPackage("dev.mediaaccess.core..application..");

    @ArchTest
    static final ArchRule domain_models_have_no_setters = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("dev.mediaaccess.core..model..")
            .should().haveNameMatching("set[A-Z].*")
            .because("model values are immutable records: changes return new values");

    @ArchTest
    static final ArchRule ports_are_named_as_domain_nouns = noClasses()
            .that().resideInAPackage("dev.mediaaccess.core..model..").and().areInterfaces()
            .should().haveSimpleNameEndingWith("Port")
            .orShould().haveSimpleNameEndingWith("Repository")
            .orShould().haveNameMatching(".*\\.(Load|Save|Find)[A-Z][^.]*")
            .because("ports are named as the domain calls the collection: GuestLinks, Invitations, Passes");

    @ArchTest
    static final ArchRule the_clock_is_injected_never_read_directly = noClasses()
            .that().resideInAPackage("dev.mediaaccess.core..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("time comes from the injected java.time.Clock");
}
