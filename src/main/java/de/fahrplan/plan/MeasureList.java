package de.fahrplan.plan;

import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures plan as a table (the shape municipalities keep in Excel): one row per measure, the
 * columns of {@link #COLUMNS}. Goals by code, lead unit by code, responsible person by e-mail,
 * status and horizon by their German names, dates as 31.12.2026 — so that export → import is a
 * round trip without change.
 */
@Service
public class MeasureList {

  /** Column headers, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "Kürzel",
          "Titel",
          "Beschreibung",
          "Ziele",
          "Status",
          "Begründung",
          "Geplanter Beginn",
          "Geplantes Ende",
          "Tatsächlicher Beginn",
          "Tatsächliches Ende",
          "Horizont (von Hand)",
          "Federführung",
          "Verantwortlich",
          "Teilprojekt von",
          "Ebene",
          "Schlagworte");

  /** How the list writes a date (31.12.2026). */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  /** The columns that hold a date (a spreadsheet gets them as dates, to sort and filter by). */
  public static final java.util.Set<String> DATE_COLUMNS =
      java.util.Set.of(
          "Geplanter Beginn", "Geplantes Ende", "Tatsächlicher Beginn", "Tatsächliches Ende");

  private final Measures measures;
  private final Strategies strategies;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final MessageSource messages;

  MeasureList(
      Measures measures,
      Strategies strategies,
      OrgUnits orgUnits,
      Persons persons,
      MessageSource messages) {
    this.measures = measures;
    this.strategies = strategies;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.messages = messages;
  }

  /** All measures of a version as rows of text, by code. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<List<String>> rows(long versionId) {
    Map<Long, String> goals =
        strategies.goals(versionId).stream()
            .collect(Collectors.toMap(GoalView::id, GoalView::code));
    Map<Long, String> units =
        orgUnits.tree().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::code));
    Map<Long, PersonView> people =
        persons.search(null, null, PageRequest.of(0, 10_000)).getContent().stream()
            .collect(Collectors.toMap(PersonView::id, Function.identity()));
    List<List<String>> rows = new ArrayList<>();
    List<MeasureView> all = measures.all(versionId);
    Map<Long, String> codes =
        all.stream().collect(Collectors.toMap(MeasureView::id, MeasureView::code));
    for (MeasureView m : all) {
      PersonView person =
          m.responsiblePersonId() == null ? null : people.get(m.responsiblePersonId());
      rows.add(
          List.of(
              m.code(),
              m.title(),
              text(m.description()),
              m.goalIds().stream().map(goals::get).sorted().collect(Collectors.joining(", ")),
              label("measureStatus." + m.status().name()),
              nz(m.statusReason()),
              date(m.plannedStart()),
              date(m.plannedEnd()),
              date(m.actualStart()),
              date(m.actualEnd()),
              m.horizonOverride() == null ? "" : label("horizon." + m.horizonOverride().name()),
              m.leadOrgUnitId() == null ? "" : nz(units.get(m.leadOrgUnitId())),
              person == null ? "" : nz(person.email()),
              m.parentId() == null ? "" : nz(codes.get(m.parentId())),
              m.level() == null ? "" : label("measureLevel." + m.level().name()),
              String.join(", ", m.tags())));
    }
    return rows;
  }

  String label(String key) {
    return messages.getMessage(key, null, java.util.Locale.GERMAN);
  }

  private static String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * Stored descriptions are sanitised HTML; the list carries their text – paragraphs separated by a
   * blank line, line breaks kept, entities decoded – which the import turns into the same
   * paragraphs again.
   */
  static String text(String html) {
    return String.join("\n\n", de.fahrplan.shared.RichText.paragraphs(html));
  }
}
