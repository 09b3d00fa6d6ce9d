package de.fahrplan.council;

import de.fahrplan.council.internal.Paper;
import de.fahrplan.council.internal.PaperRepository;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way of a draft to the committees: the ordered sign-off, then the release – refused while a
 * signature or a requested statement is missing, naming which.
 */
@Service
public class Releases {

  private final PaperRepository paperRows;
  private final Papers papers;
  private final Statements statements;
  private final Persons persons;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Releases(
      PaperRepository paperRows,
      Papers papers,
      Statements statements,
      Persons persons,
      AuditLog audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.paperRows = paperRows;
    this.papers = papers;
    this.statements = statements;
    this.persons = persons;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /** Sets who signs, in order; signatures given so far start anew. */
  @CoordinationOnly
  @Transactional
  public PaperView signOffBy(long paperId, Long expectedVersion, SignOffInput in) {
    Paper p = papers.find(paperId);
    Versions.check(Papers.AUDIT_TYPE, p.getVersion(), expectedVersion);
    List<Long> ids = in.personIds == null ? List.of() : in.personIds;
    for (Long id : ids) {
      try {
        persons.get(id);
      } catch (NotFoundException e) {
        throw new InvalidInputException("personIds", "validation.unknownReference");
      }
    }
    if (new HashSet<>(ids).size() != ids.size()) {
      throw new InvalidInputException("personIds", "paper.signOffTwice");
    }
    var before = p.auditState();
    p.signOffBy(ids);
    paperRows.flush();
    audit.changed(Papers.AUDIT_TYPE, paperId, before, p.auditState());
    return p.view();
  }

  /** The signed-in person signs, when it is their turn. */
  @MemberOnly
  @Transactional
  public PaperView sign(long paperId, Long expectedVersion) {
    Paper p = papers.find(paperId);
    Versions.check(Papers.AUDIT_TYPE, p.getVersion(), expectedVersion);
    PersonView me =
        persons.signedIn().orElseThrow(() -> new AccessDeniedException("no person signed in"));
    var before = p.auditState();
    p.sign(me.id(), LocalDate.now(clock));
    paperRows.flush();
    audit.recorded(Papers.AUDIT_TYPE, paperId, "SIGNED_OFF", before, p.auditState());
    return p.view();
  }

  /**
   * Releases the draft to the committees once everyone signed and every statement is in; a public
   * paper's document is then rendered as its main file ({@link PaperMainFiles}).
   */
  @CoordinationOnly
  @Transactional
  public PaperView release(long paperId, Long expectedVersion) {
    Paper p = papers.find(paperId);
    Versions.check(Papers.AUDIT_TYPE, p.getVersion(), expectedVersion);
    List<String> missing = new ArrayList<>();
    List<PaperView.SignOff> unsigned =
        p.view().signOffs().stream().filter(s -> s.signedOn() == null).toList();
    Map<Long, PersonView> names =
        persons.byIds(unsigned.stream().map(PaperView.SignOff::personId).toList()).stream()
            .collect(java.util.stream.Collectors.toMap(PersonView::id, v -> v));
    unsigned.forEach(
        s -> missing.add("Abzeichnung durch " + names.get(s.personId()).displayName()));
    missing.addAll(statements.missingFor(paperId));
    var before = p.auditState();
    p.release(missing);
    paperRows.flush();
    audit.recorded(Papers.AUDIT_TYPE, paperId, "RELEASED", before, p.auditState());
    events.publishEvent(new PaperMainFiles.Released(paperId, TenantContext.requireTenantId()));
    return p.view();
  }

  /** The drafts waiting for the signed-in person's signature (their turn now). */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<PaperView> mine() {
    Long me = persons.signedIn().map(PersonView::id).orElse(null);
    return me == null
        ? List.of()
        : paperRows.awaitingSignatureOf(me).stream()
            .filter(p -> me.equals(p.nextSigner()))
            .map(Paper::view)
            .toList();
  }
}
