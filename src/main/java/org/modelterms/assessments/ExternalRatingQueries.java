package org.modelterms.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelterms.assessments.api.DimensionRating;
import org.modelterms.assessments.api.ExternalDataset;
import org.modelterms.assessments.api.ExternalRating;
import org.modelterms.assessments.euindex.EuIndexAttribution;
import org.modelterms.assessments.euindex.EuIndexDimension;
import org.modelterms.assessments.euindex.OpennessClass;

/** Reads third-party ratings of many models in one query. */
@ApplicationScoped
@Transactional
public class ExternalRatingQueries {

  @Inject EntityManager em;

  public List<List<ExternalRating>> of(List<Long> modelKeys) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select model_id, dataset_version, entry_name, source_file, dimension, rating,"
                    + " links, notes from external_rating where model_id = any(:m) order by"
                    + " model_id, id",
                Object[].class)
            .setParameter("m", modelKeys.toArray(Long[]::new))
            .getResultList();
    Map<Long, Map<String, List<Object[]>>> byModel = new LinkedHashMap<>();
    for (Object[] r : rows) {
      byModel
          .computeIfAbsent(((Number) r[0]).longValue(), k -> new LinkedHashMap<>())
          .computeIfAbsent((String) r[1] + "\u0000" + r[3], k -> new ArrayList<>())
          .add(r);
    }
    return modelKeys.stream()
        .map(
            k ->
                byModel.getOrDefault(k, Map.of()).values().stream()
                    .map(ExternalRatingQueries::rating)
                    .toList())
        .toList();
  }

  private static ExternalRating rating(List<Object[]> rows) {
    Object[] first = rows.get(0);
    String version = (String) first[1];
    List<DimensionRating> ratings =
        rows.stream()
            .map(
                r -> {
                  EuIndexDimension dimension = EuIndexDimension.valueOf((String) r[4]);
                  String links = (String) r[6];
                  return new DimensionRating(
                      dimension,
                      dimension.displayName(),
                      dimension.group(),
                      OpennessClass.valueOf((String) r[5]),
                      links.isEmpty() ? List.of() : Arrays.asList(links.split("\n")),
                      r[7] == null || ((String) r[7]).isEmpty() ? null : (String) r[7]);
                })
            .toList();
    return new ExternalRating(
        new ExternalDataset(
            EuIndexAttribution.NAME,
            version,
            EuIndexAttribution.LICENSE_SPDX_ID,
            EuIndexAttribution.INDEX_URL,
            EuIndexAttribution.ATTRIBUTION_TEXT,
            EuIndexAttribution.CITATION),
        (String) first[2],
        EuIndexAttribution.sourceUrl((String) first[3]),
        ratings);
  }
}
