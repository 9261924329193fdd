package dev.mediaaccess.demo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon across modules. The demo is the one module with every other module on its classpath, so the rules
 * that span modules live here; the core checks its own insides too.
 */
@AnalyzeClasses(packages = "dev.mediaaccess", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {
    private static final String CORE = "dev.mediaaccess.core..";
    private static final String PERSISTENCE = "dev.mediaaccess.persistence..";
    private static final String HTTP = "dev.mediaaccess.http..";
    private static final String TESTKIT = "dev.mediaaccess.testkit..";
    private static final String DEMO = "dev.mediaaccess.demo..";

    @ArchTest
    static final ArchRule core_depends_only_on_jdk_and_guava = classes()
            .that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, "java..", "com.google.common..")
            .because("the core is pure domain behind ports; adapters bring every other library");

    @ArchTest
    static final ArchRule core_models_do_not_depend_on_application_services = noClasses()
            .that().resideInAPackage("dev.mediaaccess.core..model..")
            .should().dependOnClassesThat().resideInAPackage("dev.mediaaccess.core..application..");

    @ArchTest
    static final ArchRule only_the_core_uses_its_internals = noClasses()
            .that().resideOutsideOfPackage(CORE)
            .should().dependOnClassesThat().resideInAPackage("dev.mediaaccess.core.internal..")
            .because("core.internal is plumbing behind the facades, not API: hosts and adapters use AccessCore and the ports");

    @ArchTest
    static final ArchRule persistence_adapter_does_not_depend_on_other_adapters = noClasses()
            .that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(HTTP, TESTKIT, DEMO)
            .because("adapters meet only in the core's ports; an application such as the demo wires them together");

    @ArchTest
    static final ArchRule http_adapter_does_not_depend_on_other_adapters = noClasses()
            .that().resideInAPackage(HTTP)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, TESTKIT, DEMO)
            .because("adapters meet only in the core's ports; an application such as the demo wires them together");

    @ArchTest
    static final ArchRule testkit_does_not_depend_on_adapters = noClasses()
            .that().resideInAPackage(TESTKIT)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, HTTP, DEMO)
            .because("the testkit is the reference every adapter is checked against, so it stands on the core alone");
}
