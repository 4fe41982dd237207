package org.involveportal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.involveportal.web.page.FormProblems;
import org.involveportal.web.page.PageBean;

/** The package structure the code map in README.md and each package-info.java describe. */
@AnalyzeClasses(packages = "org.involveportal",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("org.involveportal.(*)..")
            .should().beFreeOfCycles()
            .because("a feature that needs another's shared thing gets it moved to platform or the page kit,"
                    + " so each feature can be read, changed and tested without the ones that use it");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices()
            .matching("org.involveportal.(**)")
            .should().beFreeOfCycles()
            .because("sub-packages such as web.page and web.filter are layers too: each one builds on"
                    + " the ones below it and never the other way round");

    @ArchTest
    static final ArchRule domainIgnoresTheWeb = noClasses()
            .that().areAnnotatedWith(Entity.class)
            .or().areAnnotatedWith(Embeddable.class)
            .or().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.servlet..")
            .because("rules live in entities and services, where every page, servlet, timer and test"
                    + " reaches them without a request; page beans turn requests into service calls");

    @ArchTest
    static final ArchRule platformUsesNoOtherPackage = classes()
            .that().resideInAPackage("org.involveportal.platform..")
            .should().onlyDependOnClassesThat(portalOnlyIn("org.involveportal.platform.."))
            .because("platform holds the shared primitives every package may use");

    @ArchTest
    static final ArchRule webUsesNoFeature = classes()
            .that().resideInAPackage("org.involveportal.web..")
            .should().onlyDependOnClassesThat(
                    portalOnlyIn("org.involveportal.web..", "org.involveportal.i18n..", "org.involveportal.platform.."))
            .because("the page kit and filters serve every feature, so they cannot know any of them");

    @ArchTest
    static final ArchRule contentUsesNoFeature = classes()
            .that().resideInAPackage("org.involveportal.content..")
            .should().onlyDependOnClassesThat(
                    portalOnlyIn("org.involveportal.content..", "org.involveportal.i18n..", "org.involveportal.platform.."))
            .because("every kind of content builds on it, so it cannot know any one of them");

    @ArchTest
    static final ArchRule nothingUsesTheDemoData = noClasses()
            .that().resideOutsideOfPackage("org.involveportal.demo..")
            .should().dependOnClassesThat().resideInAPackage("org.involveportal.demo..")
            .because("the demo data is loaded only when asked for and must be removable");

    @ArchTest
    static final ArchRule formPagesArePageBeans = classes()
            .that().areAssignableTo(FormProblems.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
            .should().beAssignableTo(PageBean.class)
            .because("a page with a form follows one lifecycle: load, then handle the post, then render");

    @ArchTest
    static final ArchRule pageBeansStartFromTheirView = noMethods()
            .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Page")
            .or().areDeclaredInClassesThat().areAssignableTo(PageBean.class)
            .should().beAnnotatedWith(PostConstruct.class)
            .because("a @PostConstruct runs wherever an expression first names the bean, perhaps halfway"
                    + " through rendering; the view's f:viewAction opens the bean before anything renders");

    /** Classes outside the portal (the JDK, Jakarta EE, libraries), or the portal's classes in these packages. */
    private static DescribedPredicate<JavaClass> portalOnlyIn(String... packages) {
        return resideOutsideOfPackage("org.involveportal..").or(resideInAnyPackage(packages))
                .as("reside outside org.involveportal or in " + String.join(", ", packages));
    }
}
