package org.modelterms.sources;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.modelterms.history.Authored;
import org.modelterms.persistence.SqlValues;
import org.modelterms.shared.changes.ModelFactsChanged;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserError;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.shared.errors.UserErrorsException;
import org.modelterms.shared.nodes.NodeId;
import org.modelterms.sources.api.Citation;
import org.modelterms.sources.api.Source;
import org.modelterms.sources.api.SourceAttachInput;
import org.modelterms.sources.api.SourceInput;

/** Records where facts come from and reads the citations of many facts at once. */
@ApplicationScoped
@Transactional
public class SourceService {

  @Inject Event<ModelFactsChanged> factsChanged;

  private static final Pattern FIELD = Pattern.compile("^[a-zA-Z][a-zA-Z0-9]*$");

  /** Checks sources given with some input, adding problems under {@code path}. */
  public void validate(List<SourceInput> sources, Problems problems, String... path) {
    if (sources == null) {
      return;
    }
    for (int i = 0; i < sources.size(); i++) {
      SourceInput s = sources.get(i);
      String[] at = append(path, String.valueOf(i));
      if (s == null) {
        problems.add(UserErrorCode.REQUIRED, "A source cannot be null.", at);
        continue;
      }
      if (s.url() == null || s.url().isBlank()) {
        problems.add(UserErrorCode.REQUIRED, "A source needs a URL.", append(at, "url"));
      } else {
        problems.optionalUrl(s.url(), append(at, "url"));
      }
      problems.optionalText(s.title(), 500, append(at, "title"));
      problems.optionalText(s.publisher(), 200, append(at, "publisher"));
      problems.optionalText(s.quote(), 5000, append(at, "quote"));
      problems.notInFuture(s.retrievedOn(), append(at, "retrievedOn"));
      if (s.publishedOn() != null
          && s.retrievedOn() != null
          && s.retrievedOn().isBefore(s.publishedOn())) {
        problems.add(
            UserErrorCode.DATE_ORDER,
            "A source cannot be retrieved before it was published.",
            append(at, "retrievedOn"));
      }
      if (s.field() != null && !FIELD.matcher(s.field()).matches()) {
        problems.add(
            UserErrorCode.INVALID_FORMAT,
            "A field is the name of a field of the object, e.g. \"releasedOn\".",
            append(at, "field"));
      }
    }
  }

  /** Cites validated sources for a subject. */
  public void cite(CitationSubject subject, long key, List<SourceInput> sources) {
    if (sources == null) {
      return;
    }
    for (SourceInput input : sources) {
      citationOf(subject, key, input);
    }
  }

  /** Removes the citations of one field of a subject, before the field is cited anew. */
  public void uncite(CitationSubject subject, long key, String field) {
    Panache.getEntityManager()
        .createNativeQuery(
            "delete from citation where " + subject.column + " = :key and field = :field")
        .setParameter("key", key)
        .setParameter("field", field)
        .executeUpdate();
  }

  /** The {@code sourceAttach} mutation: cites one source for any object with a global id. */
  @Authored
  public Citation attach(SourceAttachInput input) {
    Optional<NodeId> id = NodeId.decode(input.subject());
    CitationSubject subject = id.map(n -> CitationSubject.of(n.type())).orElse(null);
    if (subject == null || !exists(id.get())) {
      throw new UserErrorsException(
          UserError.of(
              UserErrorCode.NOT_FOUND,
              "No organisation, model, component, licence or policy has this id.",
              "input",
              "subject"));
    }
    Problems problems = new Problems();
    validate(List.of(input.source()), problems, "input", "source");
    problems.throwIfAny();
    CitationEntity citation = citationOf(subject, id.get().key(), input.source());
    // Verdicts quote their clauses' sources: cached ones must go (no assessment depends on it).
    factsChanged.fire(ModelFactsChanged.of());
    return toApi(citation);
  }

  /** Citations of many subjects of one kind, in one query, by subject key. */
  public Map<Long, List<Citation>> citations(CitationSubject subject, List<Long> keys) {
    return citations(Map.of(subject, keys)).getOrDefault(subject, new HashMap<>());
  }

  /**
   * Citations of subjects of several kinds, in one query: for each kind asked, by subject key, in
   * the order they were recorded. No query when no kind has keys.
   *
   * <p>Native SQL with one array parameter per kind (not HQL with {@code in} lists): its text
   * depends only on the kinds asked, so Hibernate and PostgreSQL reuse its plan whatever the number
   * of keys, and rows are read without entities.
   */
  public Map<CitationSubject, Map<Long, List<Citation>>> citations(
      Map<CitationSubject, ? extends Collection<Long>> keys) {
    Map<CitationSubject, Map<Long, List<Citation>>> result = new EnumMap<>(CitationSubject.class);
    Map<CitationSubject, Set<Long>> wanted = new EnumMap<>(CitationSubject.class);
    keys.forEach(
        (subject, ofSubject) -> {
          result.put(subject, new HashMap<>());
          wanted.put(subject, new HashSet<>(ofSubject));
        });
    if (wanted.values().stream().allMatch(Set::isEmpty)) {
      return result;
    }
    List<CitationSubject> asked = List.copyOf(wanted.keySet());
    StringBuilder sql = new StringBuilder("select ");
    for (CitationSubject subject : asked) {
      sql.append("c.").append(subject.column).append(", ");
    }
    sql.append(CITATION_COLUMNS)
        .append(" from citation c join source s on s.id = c.source_id where ");
    sql.append(
        String.join(
            " or ",
            asked.stream().map(s -> "c." + s.column + " = any(:" + s.column + ")").toList()));
    sql.append(" order by c.id");
    Query query = Panache.getEntityManager().createNativeQuery(sql.toString(), Object[].class);
    for (CitationSubject subject : asked) {
      query.setParameter(subject.column, wanted.get(subject).toArray(Long[]::new));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    for (Object[] row : rows) {
      Citation citation = citation(row, asked.size());
      for (int i = 0; i < asked.size(); i++) {
        CitationSubject subject = asked.get(i);
        Long key = row[i] == null ? null : ((Number) row[i]).longValue();
        if (key != null && wanted.get(subject).contains(key)) {
          result.get(subject).computeIfAbsent(key, k -> new ArrayList<>()).add(citation);
        }
      }
    }
    return result;
  }

  /** What {@link #citation(Object[], int)} reads, after the subject columns. */
  private static final String CITATION_COLUMNS =
      "c.field, c.quote, s.id, s.url, s.title, s.publisher, s.published_on, s.retrieved_on,"
          + " s.confidence";

  private static Citation citation(Object[] row, int at) {
    return new Citation(
        new Source(
            ((Number) row[at + 2]).longValue(),
            (String) row[at + 3],
            (String) row[at + 4],
            (String) row[at + 5],
            SqlValues.localDate(row[at + 6]),
            SqlValues.localDate(row[at + 7]),
            Confidence.valueOf((String) row[at + 8])),
        (String) row[at],
        (String) row[at + 1]);
  }

  /** Citations in the order of the keys, for {@code @Source} batch resolvers. */
  public List<List<Citation>> citationsInOrder(CitationSubject subject, List<Long> keys) {
    Map<Long, List<Citation>> found = citations(subject, keys);
    return keys.stream().map(k -> found.getOrDefault(k, List.of())).toList();
  }

  public Optional<Source> byKey(long key) {
    return SourceEntity.<SourceEntity>findByIdOptional(key).map(SourceService::toApi);
  }

  private CitationEntity citationOf(CitationSubject subject, long key, SourceInput input) {
    CitationEntity citation = new CitationEntity();
    citation.source = sourceFor(input);
    citation.setSubject(subject, key);
    citation.field = input.field();
    citation.quote = blankToNull(input.quote());
    citation.persist();
    return citation;
  }

  /** Reuses a source already recorded with the same URL, title and retrieval date. */
  private SourceEntity sourceFor(SourceInput input) {
    String url = input.url().strip();
    String title = blankToNull(input.title());
    Confidence confidence = input.confidence() == null ? Confidence.PRIMARY : input.confidence();
    Optional<SourceEntity> existing =
        SourceEntity.<SourceEntity>find(
                "url = ?1 and title is not distinct from ?2 and retrievedOn is not distinct from ?3"
                    + " and confidence = ?4",
                url,
                title,
                input.retrievedOn(),
                confidence)
            .firstResultOptional();
    if (existing.isPresent()) {
      return existing.get();
    }
    SourceEntity source = new SourceEntity();
    source.url = url;
    source.title = title;
    source.publisher = blankToNull(input.publisher());
    source.publishedOn = input.publishedOn();
    source.retrievedOn = input.retrievedOn();
    source.confidence = confidence;
    source.persist();
    return source;
  }

  private static boolean exists(NodeId id) {
    String entity =
        switch (id.type()) {
          case Organization -> "OrganizationEntity";
          case Model -> "ModelEntity";
          case Component -> "ComponentEntity";
          case License -> "LicenseEntity";
          case PolicyDocument -> "PolicyDocumentEntity";
          case PolicyVersion -> "PolicyVersionEntity";
          case UseRule -> "UseRuleEntity";
          case Source -> null;
        };
    if (entity == null) {
      return false;
    }
    return !Panache.getEntityManager()
        .createQuery("select 1 from " + entity + " where id = ?1")
        .setParameter(1, id.key())
        .getResultList()
        .isEmpty();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String[] append(String[] path, String part) {
    String[] longer = java.util.Arrays.copyOf(path, path.length + 1);
    longer[path.length] = part;
    return longer;
  }

  static Citation toApi(CitationEntity c) {
    return new Citation(toApi(c.source), c.field, c.quote);
  }

  static Source toApi(SourceEntity s) {
    return new Source(
        s.id, s.url, s.title, s.publisher, s.publishedOn, s.retrievedOn, s.confidence);
  }
}
