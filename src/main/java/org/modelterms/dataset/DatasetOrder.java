package org.modelterms.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders dataset entries so that everything an entry refers to is written before it. */
final class DatasetOrder {

  private DatasetOrder() {}

  /** Documents after the documents they incorporate or amend. */
  static List<DatasetFiles.Document> documents(List<DatasetFiles.Document> documents) {
    Map<String, DatasetFiles.Document> bySlug = new LinkedHashMap<>();
    documents.forEach(d -> bySlug.put(d.slug(), d));
    List<DatasetFiles.Document> ordered = new ArrayList<>();
    for (DatasetFiles.Document d : documents) {
      visitDocument(d, bySlug, ordered, new ArrayList<>());
    }
    return ordered;
  }

  private static void visitDocument(
      DatasetFiles.Document d,
      Map<String, DatasetFiles.Document> bySlug,
      List<DatasetFiles.Document> ordered,
      List<String> path) {
    if (ordered.contains(d)) {
      return;
    }
    if (path.contains(d.slug())) {
      throw new IllegalStateException("Documents refer to each other in a cycle: " + path);
    }
    path.add(d.slug());
    List<String> refs = new ArrayList<>();
    if (d.incorporates() != null) {
      refs.addAll(d.incorporates());
    }
    if (d.amends() != null) {
      refs.addAll(d.amends());
    }
    for (String ref : refs) {
      DatasetFiles.Document target = bySlug.get(ref);
      if (target != null) {
        visitDocument(target, bySlug, ordered, path);
      }
    }
    path.remove(path.size() - 1);
    ordered.add(d);
  }

  /** Models after their base models. */
  static List<DatasetFiles.Model> models(List<DatasetFiles.Model> models) {
    Map<String, DatasetFiles.Model> bySlug = new LinkedHashMap<>();
    models.forEach(m -> bySlug.put(m.slug(), m));
    List<DatasetFiles.Model> ordered = new ArrayList<>();
    for (DatasetFiles.Model m : models) {
      List<DatasetFiles.Model> chain = new ArrayList<>();
      for (DatasetFiles.Model at = m;
          at != null && !ordered.contains(at);
          at = at.baseModel() == null ? null : bySlug.get(at.baseModel())) {
        if (chain.contains(at)) {
          throw new IllegalStateException("Models derive from each other in a cycle: " + at.slug());
        }
        chain.add(0, at);
      }
      ordered.addAll(chain);
    }
    return ordered;
  }
}
