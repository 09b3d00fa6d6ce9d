package de.fahrplan.council;

import de.fahrplan.council.internal.PaperFile;
import de.fahrplan.council.internal.PaperFileRepository;
import de.fahrplan.council.internal.Statement;
import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Views of statements with every name (unit, body, delegate, Anlage) read once per list. */
@Component
class StatementViews {

  private final OrgUnits orgUnits;
  private final Organizations organizations;
  private final Persons persons;
  private final PaperFileRepository files;
  private final Clock clock;

  StatementViews(
      OrgUnits orgUnits,
      Organizations organizations,
      Persons persons,
      PaperFileRepository files,
      Clock clock) {
    this.orgUnits = orgUnits;
    this.organizations = organizations;
    this.persons = persons;
    this.files = files;
    this.clock = clock;
  }

  List<StatementView> of(List<Statement> list) {
    Map<Long, String> units =
        orgUnits.tree().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::label));
    Map<Long, String> bodies = new HashMap<>();
    Map<Long, String> delegates =
        persons
            .byIds(
                list.stream()
                    .map(Statement::delegatePersonId)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList())
            .stream()
            .collect(Collectors.toMap(PersonView::id, PersonView::displayName));
    Map<Long, String> fileTitles =
        files
            .findAllById(
                list.stream().map(Statement::answerFileId).filter(Objects::nonNull).toList())
            .stream()
            .collect(Collectors.toMap(PaperFile::getId, f -> f.view().title()));
    LocalDate today = LocalDate.now(clock);
    return list.stream()
        .map(
            s ->
                s.view(
                    s.orgUnitId() != null
                        ? units.get(s.orgUnitId())
                        : bodies.computeIfAbsent(
                            s.organizationId(), o -> organizations.get(o).name()),
                    s.delegatePersonId() == null ? null : delegates.get(s.delegatePersonId()),
                    s.answerFileId() == null ? null : fileTitles.get(s.answerFileId()),
                    today))
        .toList();
  }

  /** The person who leads the unit today; -1 when nobody does. */
  Long leadOf(long orgUnitId) {
    return orgUnits.leadFor(orgUnitId, LocalDate.now(clock)).orElse(-1L);
  }

  /** Whether the person exists in the municipality. */
  boolean personExists(long personId) {
    return !persons.byIds(List.of(personId)).isEmpty();
  }

  Long signedInPerson() {
    return persons.signedIn().map(PersonView::id).orElse(null);
  }
}
