package org.hros;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hros.casestudy.CasePublished;
import org.hros.casestudy.CaseReturned;
import org.hros.casestudy.Submission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules that the compiler does not check. */
class ArchitectureTests {

    private static final JavaClasses HROS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hros");

    /**
     * Several nodes share one database: a timed job runs on one node at a time under a ShedLock lock, and returns
     * nothing (when another node holds the lock, the call is skipped and there is nothing to return).
     */
    @Test
    void everyScheduledJobTakesItsLockAndReturnsNothing() {
        methods()
                .that()
                .areAnnotatedWith(Scheduled.class)
                .should()
                .beAnnotatedWith(SchedulerLock.class)
                .andShould()
                .haveRawReturnType(void.class)
                .check(HROS);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(HROS);
    }

    @Test
    void entitiesStayInsideTheirModulesDomain() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .resideInAPackage("..domain..")
                .andShould()
                .notBePublic()
                .check(HROS);
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .check(HROS);
    }

    @Test
    void controllersNeverTouchRepositoriesOrEntities() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .check(HROS);
    }

    @Test
    void templatesModelsArePublic() {
        classes()
                .that()
                .resideInAPackage("..web..")
                .and()
                .haveSimpleNameEndingWith("View")
                .should()
                .haveModifier(JavaModifier.PUBLIC)
                .check(HROS);
    }

    @Test
    void readerFacingOutputsNeverSeeTheCaseAuthorsId() {
        // The public views of a case carry an attribution view, never who wrote it.
        noClasses()
                .that()
                .resideInAnyPackage("org.hros.casestudy.web..", "org.hros.casestudy.api..")
                .should()
                .callMethod("org.hros.casestudy.domain.CaseStudy", "authorId")
                .check(HROS);
    }

    @Test
    void onlyAuthorNoticesReadTheAuthorOfAnEvent() {
        // Events carry the author's id so the author can be told about their own case; nothing else may use it.
        noClasses()
                .that()
                .resideOutsideOfPackages("org.hros.notification..", "org.hros.casestudy..")
                .should()
                .callMethod(CasePublished.class, "authorId")
                .orShould()
                .callMethod(CaseReturned.class, "authorId")
                .check(HROS);
    }

    @Test
    void onlyTheReviewScreenSeesTheRealAuthor() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.hros.review.web..", "org.hros.casestudy..")
                .should()
                .callMethod(Submission.class, "author")
                .check(HROS);
    }
}
