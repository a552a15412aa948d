package org.modelterms.policies;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.modelterms.cluster.ClusterBus;
import org.modelterms.cluster.RemoteChange;
import org.modelterms.policies.api.PolicyChange;

/**
 * Tells subscribers about committed changes to the terms. The change is computed inside the writing
 * transaction (which models it touches) and published only once it has committed.
 */
@ApplicationScoped
public class PolicyChanges {

  /** Raised inside a write; published to subscribers after a successful commit. */
  public record Committed(PolicyChange change) {}

  private static final String AFFECTED =
      """
      with recursive docs (id) as (
        select cast(:doc as bigint)
        union
        select k.to_document_id from policy_document_link k
          where k.from_document_id = cast(:doc as bigint) and k.relation = 'AMENDS'
        union
        select k.from_document_id from docs d join policy_document_link k
          on k.to_document_id = d.id and k.relation = 'INCORPORATES'
      ),
      models (id) as (
        select b.model_id from binding b where b.document_id in (select id from docs)
        union
        select m.id from models p join model m on m.base_model_id = p.id
      )
      select m.slug from model m where m.id in (select id from models) order by m.slug
      """;

  private final BroadcastProcessor<PolicyChange> processor = BroadcastProcessor.create();

  @Inject EntityManager em;
  @Inject ClusterBus bus;
  @Inject ObjectMapper json;

  /** The slugs of the models whose terms a document reaches, derived models included. */
  @SuppressWarnings("unchecked")
  List<String> affectedModels(long documentKey) {
    return em.createNativeQuery(AFFECTED).setParameter("doc", documentKey).getResultList();
  }

  PolicyChange change(String kind, long documentKey, String documentSlug, List<UseCategory> uses) {
    return new PolicyChange(
        kind, documentSlug, affectedModels(documentKey), uses, OffsetDateTime.now());
  }

  void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) Committed committed) {
    processor.onNext(committed.change());
  }

  /** Tells the other instances, inside the writing transaction (delivered at commit). */
  void announce(@Observes Committed committed) {
    bus.announce(RemoteChange.Kind.POLICY, committed.change());
  }

  /** A change committed through another instance reaches this instance's subscribers too. */
  void publishRemote(@Observes RemoteChange change) {
    if (change.kind() == RemoteChange.Kind.POLICY && change.payload() != null) {
      try {
        processor.onNext(json.readValue(change.payload(), PolicyChange.class));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Changes touching the model (slug) and use, when given. */
  public Multi<PolicyChange> stream(String model, UseCategory use) {
    return processor.filter(
        c ->
            (model == null || c.models().contains(model))
                && (use == null || c.uses().isEmpty() || c.uses().contains(use)));
  }
}
