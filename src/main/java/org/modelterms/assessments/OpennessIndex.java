package org.modelterms.assessments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.modelterms.assessments.mof.MofResult;
import org.modelterms.assessments.osaid.OsaidChecklist;
import org.modelterms.assessments.osaid.OsaidResult;
import org.modelterms.cluster.DatabaseRoute;
import org.modelterms.cluster.ReplicaMonitor;
import org.modelterms.cluster.WriteFence;
import org.modelterms.facts.FactsLoader;
import org.modelterms.facts.ModelFacts;
import org.modelterms.models.StoredOpenness;
import org.modelterms.shared.changes.ModelFactsChanged;

/**
 * Keeps {@code model_assessment} in step with the facts: a write drops the verdicts it may change,
 * and a filter first computes, in batches, whatever is missing or has passed its {@code
 * valid_until} day.
 */
@ApplicationScoped
public class OpennessIndex implements StoredOpenness {

  private static final int BATCH = 200;

  /** The advisory lock that orders computing verdicts with dropping them (an arbitrary key). */
  private static final long LOCK = 0x6d74_7665_7264_6963L; // "mtverdic"

  private static final String STALE =
      """
      select m.id from model m left join model_assessment a on a.model_id = m.id
      where a.model_id is null or a.valid_until <= cast(:today as date)
      order by m.id limit :limit
      """;

  private static final String UPSERT =
      """
      insert into model_assessment (model_id, osaid_verdict, mof_class, computed_on, valid_until)
      values (:model, :osaid, cast(:mof as text), cast(:today as date), cast(:until as date))
      on conflict (model_id) do update set osaid_verdict = excluded.osaid_verdict,
        mof_class = excluded.mof_class, computed_on = excluded.computed_on,
        valid_until = excluded.valid_until, computed_at = now()
      """;

  @Inject EntityManager em;
  @Inject FactsLoader facts;
  @Inject AssessmentQueries assessments;
  @Inject ReplicaMonitor replicas;
  @Inject WriteFence fence;
  @Inject DatabaseRoute route;

  /**
   * The rules stored verdicts were computed under: the OSAID checklist's digest and the evaluator's
   * revision. Raise {@link #EVALUATOR_REVISION} with any change to how a verdict is derived.
   */
  static final String EVALUATOR_REVISION = "2";

  static final String RULES_NAME = "verdict-rules";

  static String rules() {
    return "osaid-checklist:"
        + OsaidChecklist.bundled().digest()
        + ";evaluator:"
        + EVALUATOR_REVISION;
  }

  /**
   * At start, drops every stored verdict if it was computed under other rules (an earlier release's
   * checklist or evaluator): nothing else would, since no fact changed.
   */
  void onStart(@Observes @Priority(30) StartupEvent event) {
    QuarkusTransaction.requiringNew().run(this::dropVerdictsOfOtherRules);
  }

  /** True when it dropped the stored verdicts. */
  boolean dropVerdictsOfOtherRules() {
    @SuppressWarnings("unchecked")
    List<String> stored =
        em.createNativeQuery("select version from reference_list where name = :n")
            .setParameter("n", RULES_NAME)
            .getResultList();
    String current = rules();
    if (!stored.isEmpty() && stored.get(0).equals(current)) {
      return false;
    }
    onFactsChanged(ModelFactsChanged.all());
    em.createNativeQuery(
            "insert into reference_list (name, version) values (:n, :v) on conflict (name) do"
                + " update set version = excluded.version, loaded_at = now()")
        .setParameter("n", RULES_NAME)
        .setParameter("v", current)
        .executeUpdate();
    return true;
  }

  @Override
  @Transactional
  public void ensureFresh() {
    if (!replicas.enabled()) {
      refresh();
      return;
    }
    // A read may be on the replica, which cannot be written: the table is kept on the primary, and
    // the read waits until the replica has replayed what was computed.
    boolean computed = route.onPrimary(() -> QuarkusTransaction.requiringNew().call(this::refresh));
    if (computed) {
      fence.afterWrite(); // other instances read these rows too
    }
  }

  /** Computes what is missing; true when it computed anything. */
  private boolean refresh() {
    LocalDate today = LocalDate.now();
    if (stale(today, 1).isEmpty()) {
      return false;
    }
    // Writers hold this lock shared from dropping the verdicts they change to their commit
    // (onFactsChanged), so a verdict computed from facts a writer is changing is either dropped
    // by that writer after this commits, or computed after the writer committed.
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:lock)) locked")
        .setParameter("lock", LOCK)
        .getSingleResult();
    boolean computed = false;
    while (true) {
      List<Long> stale = stale(today, BATCH);
      if (stale.isEmpty()) {
        return computed;
      }
      compute(stale, today);
      computed = true;
    }
  }

  private List<Long> stale(LocalDate today, int limit) {
    @SuppressWarnings("unchecked")
    List<Number> stale =
        em.createNativeQuery(STALE)
            .setParameter("today", today.toString())
            .setParameter("limit", limit)
            .getResultList();
    return stale.stream().map(Number::longValue).toList();
  }

  private void compute(List<Long> keys, LocalDate today) {
    Map<Long, ModelFacts> loaded = facts.load(keys, today);
    List<OsaidResult> osaid = assessments.osaidResults(loaded, keys);
    List<MofResult> mof = assessments.mofResults(loaded, keys);
    for (int i = 0; i < keys.size(); i++) {
      ModelFacts f = loaded.get(keys.get(i));
      em.createNativeQuery(UPSERT)
          .setParameter("model", keys.get(i))
          .setParameter("osaid", osaid.get(i).verdict().name())
          .setParameter(
              "mof", mof.get(i).achievedClass() == null ? null : mof.get(i).achievedClass().name())
          .setParameter("today", today.toString())
          .setParameter("until", f.validUntil() == null ? null : f.validUntil().toString())
          .executeUpdate();
    }
  }

  /** Drops the verdicts a write may have changed; they are computed again when next needed. */
  void onFactsChanged(@Observes ModelFactsChanged change) {
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock_shared(:lock)) locked")
        .setParameter("lock", LOCK)
        .getSingleResult();
    if (change.allModels()) {
      em.createNativeQuery("delete from model_assessment").executeUpdate();
    } else if (!change.modelKeys().isEmpty()) {
      em.createNativeQuery("delete from model_assessment where model_id = any(:models)")
          .setParameter("models", change.modelKeys().toArray(Long[]::new))
          .executeUpdate();
    }
  }
}
