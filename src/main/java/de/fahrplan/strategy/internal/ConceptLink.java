package de.fahrplan.strategy.internal;

import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import de.fahrplan.strategy.ConceptLinkInput;
import de.fahrplan.strategy.ConceptLinkView;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;

/** A link from a strategy version to another adopted concept of the municipality. */
@Entity
@Table(name = "concept_link")
public class ConceptLink extends TenantEntity {

  private Long strategyVersionId;
  private String title;
  private LocalDate adoptedOn;
  private String reference;
  private String url;

  protected ConceptLink() {}

  public ConceptLink(Long strategyVersionId, ConceptLinkInput in) {
    this.strategyVersionId = strategyVersionId;
    apply(in);
  }

  public void apply(ConceptLinkInput in) {
    String link = blankToNull(in.url);
    new Rules()
        .required("title", in.title)
        .maxLength("title", in.title, 300)
        .maxLength("reference", in.reference, 100)
        .maxLength("url", link, 2000)
        .url("url", link)
        .throwIfAny();
    this.title = in.title.strip();
    this.adoptedOn = in.adoptedOn;
    this.reference = blankToNull(in.reference);
    this.url = link;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public ConceptLink copyTo(Long newVersionId) {
    ConceptLink copy = new ConceptLink();
    copy.strategyVersionId = newVersionId;
    copy.title = title;
    copy.adoptedOn = adoptedOn;
    copy.reference = reference;
    copy.url = url;
    return copy;
  }

  public Long strategyVersionId() {
    return strategyVersionId;
  }

  public ConceptLinkView view() {
    return new ConceptLinkView(
        getId(), strategyVersionId, title, adoptedOn, reference, url, getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "title", title, "adoptedOn", adoptedOn, "reference", reference, "url", url);
  }
}
