package de.fahrplan.organisation;

import de.fahrplan.organisation.internal.LegislativeTerm;
import de.fahrplan.organisation.internal.LegislativeTermRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's Wahlperioden of the current municipality (OParl LegislativeTerm). */
@Service
public class LegislativeTerms {

  static final String AUDIT_TYPE = "LegislativeTerm";

  private final LegislativeTermRepository terms;
  private final AuditLog audit;

  LegislativeTerms(LegislativeTermRepository terms, AuditLog audit) {
    this.terms = terms;
    this.audit = audit;
  }

  /** The newest first. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<LegislativeTermView> all() {
    return terms.findAllByOrderByStartDateDescIdDesc().stream().map(LegislativeTerm::view).toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public LegislativeTermView get(long id) {
    return find(id).view();
  }

  @AdminOnly
  @Transactional
  public LegislativeTermView create(LegislativeTermInput input) {
    LegislativeTerm t = new LegislativeTerm(input);
    if (terms.existsByName(input.name.strip())) {
      throw new InvalidInputException("name", "legislativeTerm.nameTaken", input.name);
    }
    t = terms.saveAndFlush(t);
    audit.created(AUDIT_TYPE, t.getId(), t.auditState());
    return t.view();
  }

  @AdminOnly
  @Transactional
  public LegislativeTermView update(long id, Long expectedVersion, LegislativeTermInput input) {
    LegislativeTerm t = find(id);
    Versions.check(AUDIT_TYPE, t.getVersion(), expectedVersion);
    var before = t.auditState();
    t.apply(input);
    if (terms.existsByNameAndIdNot(input.name.strip(), id)) {
      throw new InvalidInputException("name", "legislativeTerm.nameTaken", input.name);
    }
    terms.flush();
    audit.changed(AUDIT_TYPE, id, before, t.auditState());
    return t.view();
  }

  @AdminOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    LegislativeTerm t = find(id);
    Versions.check(AUDIT_TYPE, t.getVersion(), expectedVersion);
    audit.deleted(AUDIT_TYPE, id, t.auditState());
    terms.delete(t);
  }

  @AdminOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    find(id);
    return audit.history(AUDIT_TYPE, id);
  }

  private LegislativeTerm find(long id) {
    return terms.findById(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }
}
