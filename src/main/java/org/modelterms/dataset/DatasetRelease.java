package org.modelterms.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Which release of the curated dataset the registry holds, beside the other reference lists. */
@ApplicationScoped
class DatasetRelease {

  private static final String LIST_NAME = "modelterms-dataset";

  @Inject EntityManager em;

  /** The release held; empty if no dataset was ever loaded. */
  Optional<String> held() {
    @SuppressWarnings("unchecked")
    List<String> rows =
        em.createNativeQuery("select version from reference_list where name = :n")
            .setParameter("n", LIST_NAME)
            .getResultList();
    return rows.stream().findFirst();
  }

  void record(String version) {
    em.createNativeQuery(
            "insert into reference_list (name, version) values (:n, :v) on conflict (name) do update"
                + " set version = excluded.version, loaded_at = now()")
        .setParameter("n", LIST_NAME)
        .setParameter("v", version)
        .executeUpdate();
  }
}
