package org.modelterms.sources;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.modelterms.history.Authored;
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

/** Records where facts come from: checks sources given with an input and cites them. */
@ApplicationScoped
@Transactional
public class SourceEditor {

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
    return SourceQueries.toApi(citation);
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
}
