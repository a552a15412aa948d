package org.modelterms.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.eclipse.microprofile.graphql.GraphQLApi;

/** The suffixes of docs/architecture.md ("Names") that a class's annotations make checkable. */
@AnalyzeClasses(packages = "org.modelterms", importOptions = ImportOption.DoNotIncludeTests.class)
class NamesTest {

  @ArchTest
  static final ArchRule resolversEndInGraphQL =
      classes()
          .that()
          .areAnnotatedWith(GraphQLApi.class)
          .and()
          .areNotInterfaces()
          .should()
          .haveSimpleNameEndingWith("GraphQL");

  @ArchTest
  static final ArchRule entitiesEndInEntity =
      classes().that().areAnnotatedWith(Entity.class).should().haveSimpleNameEndingWith("Entity");

  @ArchTest
  static final ArchRule apiTypesAreNotEntities =
      classes()
          .that()
          .resideInAPackage("org.modelterms..api..")
          .should()
          .notBeAnnotatedWith(Entity.class)
          .because("GraphQL types are records of their own, never entities");
}
