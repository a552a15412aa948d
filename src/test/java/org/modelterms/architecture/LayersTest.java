package org.modelterms.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/architecture.md, checked on the compiled classes: the floor ({@code shared})
 * and the persistence helpers import no feature, the openness vocabulary imports nothing but the
 * floor, no feature reaches up into the front door ({@code graphql}), and no two rooms import each
 * other, directly or round a loop.
 */
@AnalyzeClasses(packages = "org.modelterms", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

  private static final String[] FEATURES = {
    "org.modelterms.access..",
    "org.modelterms.assessments..",
    "org.modelterms.boms..",
    "org.modelterms.cluster..",
    "org.modelterms.dataset..",
    "org.modelterms.embedded..",
    "org.modelterms.events..",
    "org.modelterms.facts..",
    "org.modelterms.graphql..",
    "org.modelterms.history..",
    "org.modelterms.imports..",
    "org.modelterms.licenses..",
    "org.modelterms.models..",
    "org.modelterms.openness..",
    "org.modelterms.organizations..",
    "org.modelterms.permissions..",
    "org.modelterms.policies..",
    "org.modelterms.ratelimit..",
    "org.modelterms.sources.."
  };

  @ArchTest
  static final ArchRule roomsFormNoLoop =
      slices()
          .matching("org.modelterms.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a loop between rooms means none of them can change alone");

  @ArchTest
  static final ArchRule floorRoomsFormNoLoop =
      slices().matching("org.modelterms.shared.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule floorImportsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("org.modelterms.shared..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(withPersistence(FEATURES))
          .because("every feature stands on the floor, so the floor cannot stand on one");

  @ArchTest
  static final ArchRule persistenceImportsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("org.modelterms.persistence..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FEATURES);

  @ArchTest
  static final ArchRule opennessVocabularyImportsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("org.modelterms.openness..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(withPersistence(allBut("org.modelterms.openness..")))
          .because("models and assessments both speak it, so it may lean on neither");

  @ArchTest
  static final ArchRule noFeatureReachesUpIntoTheFrontDoor =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.modelterms.graphql..", "org.modelterms.embedded..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.modelterms.graphql..")
          .because("the front door and node(id) sit above every feature");

  private static String[] allBut(String room) {
    return java.util.Arrays.stream(FEATURES).filter(p -> !p.equals(room)).toArray(String[]::new);
  }

  private static String[] withPersistence(String[] packages) {
    String[] all = java.util.Arrays.copyOf(packages, packages.length + 1);
    all[packages.length] = "org.modelterms.persistence..";
    return all;
  }
}
