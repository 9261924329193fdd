package dev.mediaaccess.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The core's public surface is its API and nothing else: {@code core.internal} holds the plumbing behind the facades,
 * and no public method outside it hands out or takes an internal type. Facades are built only by {@code AccessCore}:
 * their constructors take {@code UseCaseSupport}, which nothing outside the core may use (checked across modules by
 * the demo's {@code ModuleArchitectureTest}).
 */
@AnalyzeClasses(packages = "dev.mediaaccess.core", importOptions = ImportOption.DoNotIncludeTests.class)
class PublicApiTest {
    private static final String INTERNAL = "dev.mediaaccess.core.internal..";
    private static final int MAX_PARAMETERS = 7;

    @ArchTest
    static final ArchRule public_methods_outside_internal_never_return_internal_types = noMethods()
            .that().arePublic().and().areDeclaredInClassesThat().resideOutsideOfPackage(INTERNAL)
            .should().haveRawReturnType(resideInAPackage(INTERNAL))
            .because("an internal type in a public signature would make it API");

    @ArchTest
    static final ArchRule public_methods_outside_internal_never_take_internal_types = noMethods()
            .that().arePublic().and().areDeclaredInClassesThat().resideOutsideOfPackage(INTERNAL)
            .should().haveRawParameterTypes(anyElementThat(resideInAPackage(INTERNAL)))
            .because("an internal type in a public signature would make it API");

    @ArchTest
    static final ArchRule application_services_take_at_most_seven_collaborators = constructors()
            .that().areDeclaredInClassesThat().resideInAnyPackage("dev.mediaaccess.core..application..", INTERNAL)
            .and().areDeclaredInClassesThat(not(assignableTo(Record.class)))
            .should(takeAtMost(MAX_PARAMETERS))
            .because("a service needing more is doing more than one job");

    private static ArchCondition<JavaConstructor> takeAtMost(int max) {
        return new ArchCondition<>("take at most " + max + " parameters") {
            @Override
            public void check(JavaConstructor constructor, ConditionEvents events) {
                int count = constructor.getRawParameterTypes().size();
                if (count > max) {
                    events.add(SimpleConditionEvent.violated(constructor,
                            constructor.getFullName() + " takes " + count + " parameters"));
                }
            }
        };
    }
}
