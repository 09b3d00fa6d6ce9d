package de.fahrplan.strategy;

import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.internal.ConceptLink;
import de.fahrplan.strategy.internal.ConceptLinkRepository;
import de.fahrplan.strategy.internal.StrategyVersion;
import de.fahrplan.strategy.internal.StrategyVersionRepository;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links of a strategy version to the municipality's other adopted concepts (climate plan,
 * integration concept …). Part of the adopted text: changed only in a draft, copied on
 * Fortschreibung.
 */
@Service
public class ConceptLinks {

  static final String AUDIT_TYPE = "ConceptLink";

  private final ConceptLinkRepository links;
  private final StrategyVersionRepository versions;
  private final AuditLog audit;

  ConceptLinks(ConceptLinkRepository links, StrategyVersionRepository versions, AuditLog audit) {
    this.links = links;
    this.versions = versions;
    this.audit = audit;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<ConceptLinkView> ofVersion(long versionId) {
    version(versionId);
    return links.findByStrategyVersionIdOrderByAdoptedOnAscTitleAsc(versionId).stream()
        .map(ConceptLink::view)
        .toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public ConceptLinkView get(long id) {
    return link(id).view();
  }

  @CoordinationOnly
  @Transactional
  public ConceptLinkView add(long versionId, ConceptLinkInput input) {
    version(versionId).requireDraft();
    ConceptLink l = links.saveAndFlush(new ConceptLink(versionId, input));
    audit.created(AUDIT_TYPE, l.getId(), l.auditState());
    return l.view();
  }

  @CoordinationOnly
  @Transactional
  public ConceptLinkView update(long id, Long expectedVersion, ConceptLinkInput input) {
    ConceptLink l = link(id);
    version(l.strategyVersionId()).requireDraft();
    Versions.check(AUDIT_TYPE, l.getVersion(), expectedVersion);
    var before = l.auditState();
    l.apply(input);
    links.flush();
    audit.changed(AUDIT_TYPE, id, before, l.auditState());
    return l.view();
  }

  @CoordinationOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    ConceptLink l = link(id);
    version(l.strategyVersionId()).requireDraft();
    Versions.check(AUDIT_TYPE, l.getVersion(), expectedVersion);
    audit.deleted(AUDIT_TYPE, id, l.auditState());
    links.delete(l);
  }

  @EventListener
  void copyLinks(VersionCopied copied) {
    for (ConceptLink l :
        links.findByStrategyVersionIdOrderByAdoptedOnAscTitleAsc(copied.fromVersionId())) {
      links.save(l.copyTo(copied.toVersionId()));
    }
  }

  private ConceptLink link(long id) {
    return links.findById(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }

  private StrategyVersion version(long id) {
    return versions.findById(id).orElseThrow(() -> new NotFoundException(Strategies.AUDIT_TYPE));
  }
}
