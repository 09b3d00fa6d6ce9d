package de.fahrplan.council;

import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.ParticipantView;
import de.fahrplan.plan.Participants;
import de.fahrplan.plan.Raci;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Whom the plan says a paper should ask: the CONSULTED participants of its measures for a
 * statement, the INFORMED ones to acknowledge (a person is asked through their org unit, the
 * request handed straight to them), and the municipality's always-asked units for a statement –
 * each unit or body once, asking before informing.
 */
@Component
class StatementProposals {

  private final Participants participants;
  private final Persons persons;
  private final OrgUnits orgUnits;
  private final CouncilSettings settings;

  StatementProposals(
      Participants participants, Persons persons, OrgUnits orgUnits, CouncilSettings settings) {
    this.participants = participants;
    this.persons = persons;
    this.orgUnits = orgUnits;
    this.settings = settings;
  }

  /** The requests by "unit/body" key, in the order they were found. */
  Map<String, StatementInput> of(List<Long> measureIds, LocalDate dueDate) {
    Map<String, StatementInput> proposed = new LinkedHashMap<>();
    for (Long measure : measureIds) {
      for (ParticipantView p : participants.participants(measure)) {
        if (p.raci() == Raci.CONSULTED || p.raci() == Raci.INFORMED) {
          Long unit = p.orgUnitId();
          Long person = null;
          if (unit == null && p.personId() != null) {
            unit = persons.get(p.personId()).orgUnitId();
            person = unit == null ? null : p.personId();
          }
          if (unit != null || p.organizationId() != null) {
            StatementInput in =
                input(
                    unit,
                    unit == null ? p.organizationId() : null,
                    p.raci() == Raci.INFORMED,
                    dueDate);
            in.delegatePersonId = person;
            proposed.merge(key(in), in, StatementProposals::merged);
          }
        }
      }
    }
    Map<String, Long> byCode =
        orgUnits.tree().stream().collect(Collectors.toMap(OrgUnitView::code, OrgUnitView::id));
    for (String code : settings.current().alwaysAsked()) {
      if (byCode.containsKey(code)) {
        StatementInput in = input(byCode.get(code), null, false, dueDate);
        proposed.put(key(in), in); // always asked: the unit's lead answers
      }
    }
    return proposed;
  }

  /**
   * One request per unit: a statement rather than an acknowledgement, and the unit's lead rather
   * than one person when the unit itself or two different people of it take part.
   */
  private static StatementInput merged(StatementInput a, StatementInput b) {
    StatementInput kept = a.informedOnly ? b : a;
    if (!java.util.Objects.equals(a.delegatePersonId, b.delegatePersonId)) {
      kept.delegatePersonId = null;
    }
    return kept;
  }

  static String key(Long orgUnitId, Long organizationId) {
    return orgUnitId + "/" + organizationId;
  }

  private static String key(StatementInput in) {
    return key(in.orgUnitId, in.organizationId);
  }

  private static StatementInput input(
      Long unit, Long organization, boolean informed, LocalDate due) {
    StatementInput in = new StatementInput();
    in.orgUnitId = unit;
    in.organizationId = organization;
    in.informedOnly = informed;
    in.dueDate = due;
    return in;
  }
}
