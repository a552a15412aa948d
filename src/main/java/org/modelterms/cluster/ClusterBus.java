package org.modelterms.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.modelterms.shared.changes.ModelFactsChanged;

/**
 * Tells the other instances of the registry what this one changed, through PostgreSQL's own
 * LISTEN/NOTIFY on the shared database. A notification is sent inside the writing transaction, so
 * PostgreSQL delivers it at commit and never for a write that rolled back.
 */
@ApplicationScoped
public class ClusterBus {

  static final String CHANNEL = "modelterms_changes";

  /** NOTIFY payloads must stay under 8000 bytes; larger changes travel without their details. */
  private static final int MAX_PAYLOAD = 7_000;

  private final String instance = UUID.randomUUID().toString();

  @Inject EntityManager em;
  @Inject ObjectMapper json;

  public String instance() {
    return instance;
  }

  /** Announces a change inside the current transaction. */
  public void announce(RemoteChange.Kind kind, Object details) {
    String payload = message(kind, details);
    if (payload.length() > MAX_PAYLOAD) {
      payload = message(RemoteChange.Kind.UNKNOWN, null);
    }
    em.createNativeQuery("select cast(pg_notify(:channel, :payload) as text)")
        .setParameter("channel", CHANNEL)
        .setParameter("payload", payload)
        .getSingleResult();
  }

  /** A notification's payload: who sent it, what changed, and the details as JSON. */
  String message(RemoteChange.Kind kind, Object details) {
    ObjectNode message = json.createObjectNode().put("origin", instance).put("kind", kind.name());
    if (details != null) {
      message.set("details", json.valueToTree(details));
    }
    return message.toString();
  }

  /** Every change to facts that verdicts read; PostgreSQL folds repeats within a transaction. */
  void factsChanged(@Observes ModelFactsChanged change) {
    announce(RemoteChange.Kind.FACTS, null);
  }

  /** The change a notification describes, unless this instance sent it. */
  Optional<RemoteChange> read(String payload) {
    try {
      JsonNode message = json.readTree(payload);
      if (instance.equals(message.path("origin").asText())) {
        return Optional.empty();
      }
      RemoteChange.Kind kind = RemoteChange.Kind.valueOf(message.path("kind").asText("UNKNOWN"));
      JsonNode details = message.path("details");
      return Optional.of(
          new RemoteChange(kind, details.isMissingNode() ? null : details.toString()));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return Optional.of(new RemoteChange(RemoteChange.Kind.UNKNOWN, null));
    }
  }
}
