package de.fahrplan.plan;

import de.fahrplan.organisation.Bodies;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.internal.Measure;
import de.fahrplan.plan.internal.Participant;
import de.fahrplan.plan.internal.ParticipantRepository;
import de.fahrplan.plan.internal.Partner;
import de.fahrplan.plan.internal.PartnerRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.Formats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who else takes part in a measure: RACI participants (org units, persons, Organizations such as
 * the staff council) and, for intermunicipal measures, the partners with their cost shares.
 */
@Service
public class Participants {

  private final MeasureAccess access;
  private final ParticipantRepository participants;
  private final PartnerRepository partners;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final Organizations organizations;
  private final Bodies bodies;
  private final AuditLog audit;

  Participants(
      MeasureAccess access,
      ParticipantRepository participants,
      PartnerRepository partners,
      OrgUnits orgUnits,
      Persons persons,
      Organizations organizations,
      Bodies bodies,
      AuditLog audit) {
    this.access = access;
    this.participants = participants;
    this.partners = partners;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.organizations = organizations;
    this.bodies = bodies;
    this.audit = audit;
  }

  // --- RACI participants ----------------------------------------------------------------------

  @MemberOnly
  @Transactional(readOnly = true)
  public List<ParticipantView> participants(long measureId) {
    access.find(measureId);
    List<Participant> found = participants.findByMeasureIdOrderByIdAsc(measureId);
    Map<Participant, String> names = names(found);
    return found.stream().map(p -> p.view(names.get(p))).toList();
  }

  /** The participating org units of every measure of a version, by measure (one query). */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<Long, java.util.Set<Long>> orgUnitsOfVersion(long versionId) {
    Map<Long, java.util.Set<Long>> result = new java.util.HashMap<>();
    for (Participant p : participants.findOfVersion(versionId)) {
      if (p.orgUnitId() != null) {
        result.computeIfAbsent(p.measureId(), k -> new java.util.HashSet<>()).add(p.orgUnitId());
      }
    }
    return result;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public ParticipantView participant(long id) {
    Participant p =
        participants.findById(id).orElseThrow(() -> new NotFoundException("Participant"));
    return p.view(name(p));
  }

  @CoordinationOnly
  @Transactional
  public ParticipantView addParticipant(long measureId, ParticipantInput in) {
    access.editableMeasure(measureId);
    Participant p = new Participant(measureId, in);
    String name = resolvable(p);
    boolean twice =
        participants.findByMeasureIdOrderByIdAsc(measureId).stream()
            .anyMatch(
                x ->
                    java.util.Objects.equals(x.orgUnitId(), p.orgUnitId())
                        && java.util.Objects.equals(x.personId(), p.personId())
                        && java.util.Objects.equals(x.organizationId(), p.organizationId()));
    if (twice) {
      throw new InvalidInputException("participant", "participant.twice", name);
    }
    participants.saveAndFlush(p);
    audit.recorded(
        MeasureAccess.AUDIT_TYPE, measureId, "PARTICIPANT_ADDED", Map.of(), p.auditState(name));
    return p.view(name);
  }

  @CoordinationOnly
  @Transactional
  public void removeParticipant(long id, Long expectedVersion) {
    Participant p =
        participants.findById(id).orElseThrow(() -> new NotFoundException("Participant"));
    access.editableMeasure(p.measureId());
    Versions.check("Participant", p.getVersion(), expectedVersion);
    audit.recorded(
        MeasureAccess.AUDIT_TYPE,
        p.measureId(),
        "PARTICIPANT_REMOVED",
        p.auditState(name(p)),
        Map.of());
    participants.delete(p);
  }

  /** The participant's name; the references are checked (in this municipality). */
  private String resolvable(Participant p) {
    try {
      return name(p);
    } catch (NotFoundException e) {
      String field =
          p.orgUnitId() != null
              ? "orgUnitId"
              : p.personId() != null ? "personId" : "organizationId";
      throw new InvalidInputException(field, "validation.unknownReference");
    }
  }

  private String name(Participant p) {
    return names(List.of(p)).get(p);
  }

  /**
   * Each participant's name – the unit's label, the person's or the committee's name – read in one
   * query per kind, not one per participant. Deleting what a participant names is refused ({@code
   * PlanOrganisationReferences}), so a name not found means an id that never existed.
   */
  private Map<Participant, String> names(List<Participant> list) {
    Map<Long, String> units = new java.util.HashMap<>();
    orgUnits.byIds(ids(list, Participant::orgUnitId)).forEach(u -> units.put(u.id(), u.label()));
    Map<Long, String> people = new java.util.HashMap<>();
    persons
        .byIds(ids(list, Participant::personId))
        .forEach(p -> people.put(p.id(), p.displayName()));
    Map<Long, String> committees = new java.util.HashMap<>();
    organizations
        .byIds(ids(list, Participant::organizationId))
        .forEach(o -> committees.put(o.id(), o.name()));
    Map<Participant, String> result = new java.util.IdentityHashMap<>();
    for (Participant p : list) {
      String name =
          p.orgUnitId() != null
              ? units.get(p.orgUnitId())
              : p.personId() != null
                  ? people.get(p.personId())
                  : committees.get(p.organizationId());
      if (name == null) {
        throw new NotFoundException(
            p.orgUnitId() != null ? "OrgUnit" : p.personId() != null ? "Person" : "Organization");
      }
      result.put(p, name);
    }
    return result;
  }

  private static List<Long> ids(
      List<Participant> list, java.util.function.Function<Participant, Long> id) {
    return list.stream().map(id).filter(java.util.Objects::nonNull).distinct().toList();
  }

  /**
   * The participants ("FB 1 – IT (C)") and partners ("Amt Beispielland (33,5 %)") of every measure
   * of a version, sorted, by measure id – read in bulk, for the comparison of two versions.
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<Long, List<String>> describedOfVersion(java.util.Collection<Long> measureIds) {
    Map<Long, List<String>> result = new java.util.HashMap<>();
    if (measureIds.isEmpty()) {
      return result;
    }
    List<Participant> all = participants.findByMeasureIdIn(measureIds);
    Map<Participant, String> names = names(all);
    for (Participant p : all) {
      String name = names.get(p);
      result
          .computeIfAbsent(p.measureId(), k -> new java.util.ArrayList<>())
          .add(name + " (" + p.view(name).raci().name().charAt(0) + ")");
    }
    java.text.NumberFormat share = Formats.numberFormat(java.util.Locale.GERMANY, 0, 2);
    for (Partner p : partners.findByMeasureIdIn(measureIds)) {
      PartnerView v = p.view();
      result
          .computeIfAbsent(v.measureId(), k -> new java.util.ArrayList<>())
          .add(
              v.costShare() == null
                  ? v.name()
                  : v.name() + " (" + share.format(v.costShare()) + " %)");
    }
    result.values().forEach(java.util.Collections::sort);
    return result;
  }

  // --- partners of intermunicipal measures ----------------------------------------------------

  @MemberOnly
  @Transactional(readOnly = true)
  public List<PartnerView> partners(long measureId) {
    access.find(measureId);
    return partners.findByMeasureIdOrderByIdAsc(measureId).stream().map(Partner::view).toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public PartnerView partner(long id) {
    return partners.findById(id).orElseThrow(() -> new NotFoundException("Partner")).view();
  }

  /** The municipality's own share: 100 % minus the partners' shares. */
  public static BigDecimal ownShare(List<PartnerView> partners) {
    return new BigDecimal("100.00").subtract(sum(partners.stream().map(PartnerView::costShare)));
  }

  /** Other municipalities of this installation that can be partners. */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<Long, String> partnerChoices() {
    Map<Long, String> all = new java.util.LinkedHashMap<>(bodies.directory());
    all.remove(TenantContext.requireTenantId());
    return all;
  }

  @CoordinationOnly
  @Transactional
  public PartnerView addPartner(long measureId, PartnerInput in) {
    Measure m = access.editableMeasure(measureId);
    if (m.level() != MeasureLevel.INTERMUNICIPAL) {
      throw new InvalidInputException("level", "partner.needsIntermunicipal");
    }
    String name = in.name;
    if (in.partnerBodyId != null) {
      name = partnerChoices().get(in.partnerBodyId);
      if (name == null) {
        throw new InvalidInputException("partnerBodyId", "validation.unknownReference");
      }
    }
    Partner p = new Partner(measureId, in, name);
    BigDecimal total =
        sharesOf(measureId).add(p.costShare() == null ? BigDecimal.ZERO : p.costShare());
    if (total.compareTo(new BigDecimal("100")) > 0) {
      throw new InvalidInputException(
          "costShare", "partner.sharesOver100", total.toPlainString().replace('.', ','));
    }
    partners.saveAndFlush(p);
    audit.recorded(MeasureAccess.AUDIT_TYPE, measureId, "PARTNER_ADDED", Map.of(), p.auditState());
    return p.view();
  }

  @CoordinationOnly
  @Transactional
  public void removePartner(long id, Long expectedVersion) {
    Partner p = partners.findById(id).orElseThrow(() -> new NotFoundException("Partner"));
    access.editableMeasure(p.measureId());
    Versions.check("Partner", p.getVersion(), expectedVersion);
    audit.recorded(
        MeasureAccess.AUDIT_TYPE, p.measureId(), "PARTNER_REMOVED", p.auditState(), Map.of());
    partners.delete(p);
  }

  private BigDecimal sharesOf(long measureId) {
    return sum(partners.findByMeasureIdOrderByIdAsc(measureId).stream().map(Partner::costShare));
  }

  private static BigDecimal sum(Stream<BigDecimal> shares) {
    return shares.filter(x -> x != null).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
