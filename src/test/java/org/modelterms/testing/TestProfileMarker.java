package org.modelterms.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the PostgreSQL and identity resources for every {@code @QuarkusTest} in the suite. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestIdentities.class, restrictToAnnotatedClass = false)
public final class TestProfileMarker {
  private TestProfileMarker() {}
}
