package org.modelterms.permissions;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelterms.cluster.GenerationCache;
import org.modelterms.cluster.ReadCaches;
import org.modelterms.policies.PolicyQueries;
import org.modelterms.policies.api.PolicyDocument;
import org.modelterms.policies.api.PolicyVersion;
import org.modelterms.shared.changes.ModelFactsChanged;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceQueries;
import org.modelterms.sources.api.Citation;

/**
 * What a verdict quotes of its deciding clauses: their versions with their documents, and the
 * rules' sources, by key. The same clauses decide many questions, and they change only through
 * writes that fire {@link ModelFactsChanged} ({@code policyVersionPublish}, {@code useRuleCorrect},
 * {@code sourceAttach}); a document or version registered later has a new key. Emptied with the
 * other {@link ReadCaches} on every such write, here or announced by another instance. Called
 * inside the caller's transaction.
 */
@ApplicationScoped
public class ClauseCache {

  /** Bounds memory: a version with its document, or a rule's sources, is some hundreds of bytes. */
  static final int MAX_ENTRIES = 50_000;

  private record Clause(PolicyVersion version, PolicyDocument document) {}

  @Inject ReadCaches caches;
  @Inject PolicyQueries policies;
  @Inject SourceQueries sources;

  private GenerationCache<Long, Clause> versions;
  private GenerationCache<Long, List<Citation>> ruleSources;

  @PostConstruct
  void createCaches() {
    versions = caches.create(MAX_ENTRIES);
    ruleSources = caches.create(MAX_ENTRIES);
  }

  /**
   * The versions with the given keys and their documents, reading those not cached in one query.
   */
  public PolicyQueries.VersionsAndDocuments versionsWithDocuments(List<Long> versionKeys) {
    Map<Long, PolicyVersion> found = new HashMap<>();
    Map<Long, PolicyDocument> documents = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long key : versionKeys) {
      Clause cached = versions.get(key);
      if (cached == null) {
        missing.add(key);
      } else {
        found.put(key, cached.version());
        documents.put(cached.document().key(), cached.document());
      }
    }
    if (!missing.isEmpty()) {
      long generation = versions.generation();
      PolicyQueries.VersionsAndDocuments read = policies.versionsWithDocuments(missing);
      read.versions()
          .forEach(
              (key, version) -> {
                PolicyDocument document = read.documents().get(version.documentKey());
                found.put(key, version);
                documents.put(document.key(), document);
                versions.put(key, new Clause(version, document), generation);
              });
    }
    return new PolicyQueries.VersionsAndDocuments(found, documents);
  }

  /** The sources of the rules with the given keys, reading those not cached in one query. */
  public Map<Long, List<Citation>> ruleSources(List<Long> ruleKeys) {
    Map<Long, List<Citation>> found = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long key : ruleKeys) {
      List<Citation> cached = ruleSources.get(key);
      if (cached == null) {
        missing.add(key);
      } else {
        found.put(key, cached);
      }
    }
    if (!missing.isEmpty()) {
      long generation = ruleSources.generation();
      Map<Long, List<Citation>> read = sources.citations(CitationSubject.USE_RULE, missing);
      for (Long key : missing) {
        List<Citation> of = List.copyOf(read.getOrDefault(key, List.of()));
        found.put(key, of);
        ruleSources.put(key, of, generation);
      }
    }
    return found;
  }

  /** Forgets every clause. */
  public void invalidateAll() {
    versions.invalidateAll();
    ruleSources.invalidateAll();
  }
}
