package org.modelterms.licenses;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.modelterms.cluster.StartupLock;

/**
 * Makes the SPDX License List known to the registry: on the first start, and whenever the bundled
 * list is of another release than the one loaded, every listed licence is inserted or refreshed.
 * Editors' classifications ({@code kind}) and aliases of existing rows are kept.
 */
@ApplicationScoped
public class SpdxCatalogLoader {

  private static final Logger LOG = Logger.getLogger(SpdxCatalogLoader.class);
  private static final String LIST_NAME = "spdx-license-list";

  private static final String UPSERT =
      """
      insert into license (key, name, kind, spdx_listed, osi_approved, fsf_libre, deprecated, url)
      values (?, ?, ?, true, ?, ?, ?, ?)
      on conflict (lower(key)) do update set
        name = excluded.name, osi_approved = excluded.osi_approved, fsf_libre = excluded.fsf_libre,
        deprecated = excluded.deprecated, url = excluded.url, updated_at = now(),
        version = license.version + 1
      """;

  @Inject AgroalDataSource dataSource;

  void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent event) throws SQLException {
    // The whole list is parsed only when its release is not the one loaded, not on every start.
    load(SpdxLicenseList.bundledVersion(), SpdxLicenseList::bundled);
  }

  /** Loads the list unless this release is already loaded; returns whether it loaded. */
  @Transactional
  public boolean load(SpdxLicenseList list) throws SQLException {
    return load(list.version(), () -> list);
  }

  /**
   * Loads the list of this release unless it is already loaded, reading it only then; returns
   * whether it loaded.
   */
  @Transactional
  boolean load(String version, Supplier<SpdxLicenseList> read) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      StartupLock.acquire(connection);
      if (version.equals(loadedVersion(connection))) {
        return false;
      }
      SpdxLicenseList list = read.get();
      try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
        for (SpdxLicenseList.ListedLicense license : list.licenses()) {
          upsert.setString(1, license.licenseId());
          upsert.setString(2, license.name());
          upsert.setString(3, LicenseClassifier.classify(license).name());
          upsert.setBoolean(4, license.isOsiApproved());
          upsert.setBoolean(5, license.isFsfLibre());
          upsert.setBoolean(6, license.isDeprecatedLicenseId());
          upsert.setString(7, license.reference());
          upsert.addBatch();
        }
        upsert.executeBatch();
      }
      try (PreparedStatement mark =
          connection.prepareStatement(
              "insert into reference_list (name, version) values (?, ?) on conflict (name)"
                  + " do update set version = excluded.version, loaded_at = now()")) {
        mark.setString(1, LIST_NAME);
        mark.setString(2, list.version());
        mark.executeUpdate();
      }
      LOG.infof(
          "Loaded SPDX License List %s (%d licences)", list.version(), list.licenses().size());
      return true;
    }
  }

  private static String loadedVersion(Connection connection) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("select version from reference_list where name = ?")) {
      query.setString(1, LIST_NAME);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }
}
