package org.modelterms.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.modelterms.history.api.Change;
import org.modelterms.history.api.ChangeConnection;
import org.modelterms.shared.errors.InvalidArgumentException;
import org.modelterms.shared.nodes.NodeId;
import org.modelterms.shared.nodes.NodeType;
import org.modelterms.shared.paging.PageInfo;
import org.modelterms.shared.paging.Paging;

/** Reads the audit trail the history triggers keep. */
@ApplicationScoped
@Transactional
public class HistoryQueries {

  private static final Map<String, NodeType> NODES =
      Map.of(
          "organization", NodeType.Organization,
          "model", NodeType.Model,
          "component", NodeType.Component,
          "license", NodeType.License,
          "policy_document", NodeType.PolicyDocument,
          "policy_version", NodeType.PolicyVersion,
          "use_rule", NodeType.UseRule,
          "source", NodeType.Source);

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject EntityManager em;

  /**
   * When the newest change the registry holds was recorded: what every answer about its current
   * record is as of. Empty for a registry that never changed.
   */
  public Optional<java.time.Instant> lastRecordedAt() {
    Object newest = em.createNativeQuery("select max(recorded_at) from history").getSingleResult();
    return Optional.ofNullable(newest).map(HistoryQueries::instant);
  }

  /** A {@code timestamptz} value as the driver hands it over, whichever type that is. */
  private static java.time.Instant instant(Object at) {
    if (at instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return at instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) at;
  }

  public ChangeConnection changes(
      OffsetDateTime since, String entity, Integer first, String after) {
    int size = Paging.pageSize(first);
    Paging.Cursor cursor = Paging.Cursor.decode(after);
    StringBuilder sql =
        new StringBuilder(
            "select id, recorded_at, recorded_by, operation, table_name, row_id,"
                + " cast(old_row as text), cast(new_row as text) from history where 1 = 1");
    Optional<NodeId> node = Optional.empty();
    if (entity != null) {
      node = NodeId.decode(entity);
      if (node.isEmpty() || !NODES.containsValue(node.get().type())) {
        throw new InvalidArgumentException("`entity` is not the id of a recorded object.");
      }
      sql.append(" and table_name = :table and row_id = :row");
    }
    if (since != null) {
      sql.append(" and recorded_at >= cast(:since as timestamptz)");
    }
    if (cursor != null) {
      sql.append(" and id > :after");
    }
    sql.append(" order by id limit :limit");
    Query query = em.createNativeQuery(sql.toString(), Object[].class);
    if (node.isPresent()) {
      NodeType type = node.get().type();
      query.setParameter(
          "table",
          NODES.entrySet().stream()
              .filter(e -> e.getValue() == type)
              .findFirst()
              .orElseThrow()
              .getKey());
      query.setParameter("row", node.get().key());
    }
    if (since != null) {
      query.setParameter("since", since.toString());
    }
    if (cursor != null) {
      query.setParameter("after", cursor.key());
    }
    query.setParameter("limit", size + 1);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<Change> changes = new ArrayList<>();
    for (Object[] r : rows) {
      changes.add(toApi(r));
    }
    Paging.Slice<Change> slice = Paging.Slice.of(changes, size, cursor != null);
    PageInfo info = slice.pageInfo(c -> new Paging.Cursor("", c.key()));
    return new ChangeConnection(slice.items(), info);
  }

  private static Change toApi(Object[] r) {
    String table = (String) r[4];
    long row = ((Number) r[5]).longValue();
    NodeType type = NODES.get(table);
    String before = (String) r[6];
    String after = (String) r[7];
    Object at = r[1];
    OffsetDateTime recordedAt =
        at instanceof OffsetDateTime o
            ? o
            : ((java.time.Instant) (at instanceof java.sql.Timestamp t ? t.toInstant() : at))
                .atOffset(java.time.ZoneOffset.UTC);
    return new Change(
        ((Number) r[0]).longValue(),
        recordedAt,
        (String) r[2],
        (String) r[3],
        table,
        type == null ? null : NodeId.encode(type, row),
        changedFields(before, after),
        before,
        after);
  }

  static List<String> changedFields(String before, String after) {
    try {
      JsonNode a = before == null ? JSON.createObjectNode() : JSON.readTree(before);
      JsonNode b = after == null ? JSON.createObjectNode() : JSON.readTree(after);
      TreeSet<String> fields = new TreeSet<>();
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!a.get(f).equals(b.get(f))) {
          fields.add(f);
        }
      }
      for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!b.get(f).equals(a.get(f))) {
          fields.add(f);
        }
      }
      return List.copyOf(fields);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
