package org.modelterms.sources;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/** Where facts come from: a page, a document, an article. */
@Entity
@Table(name = "source")
public class SourceEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public String url;

  public String title;

  public String publisher;

  @Column(name = "published_on")
  public LocalDate publishedOn;

  @Column(name = "retrieved_on")
  public LocalDate retrievedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Confidence confidence = Confidence.PRIMARY;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  public OffsetDateTime createdAt;
}
