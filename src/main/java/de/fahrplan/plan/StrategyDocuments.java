package de.fahrplan.plan;

import static de.fahrplan.documents.GermanText.date;
import static de.fahrplan.documents.GermanText.number;
import static de.fahrplan.documents.GermanText.staff;

import de.fahrplan.documents.Document;
import de.fahrplan.documents.Document.Block;
import de.fahrplan.documents.Document.Bullets;
import de.fahrplan.documents.Document.Figure;
import de.fahrplan.documents.Document.Heading;
import de.fahrplan.documents.Document.Paragraph;
import de.fahrplan.documents.Document.Table;
import de.fahrplan.documents.DocumentFile;
import de.fahrplan.documents.DocumentFiles;
import de.fahrplan.documents.Format;
import de.fahrplan.documents.GermanText;
import de.fahrplan.organisation.Bodies;
import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.RichText;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.FieldOfActionView;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.IndicatorView;
import de.fahrplan.strategy.Indicators;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strategy document: a version written as the document the council adopts and the staff read –
 * Zielbild, fields of action, goals with indicators, measures by field with horizon, priority and
 * responsibility, milestones, staff and money per goal and budget year, and the time plan. A draft
 * says "Entwurf – Diskussionsgrundlage" on every page.
 */
@Service
public class StrategyDocuments {

  static final String DRAFT_NOTE = "Entwurf – Diskussionsgrundlage";

  private final Strategies strategies;
  private final Indicators indicators;
  private final Measures measures;
  private final Milestones milestones;
  private final ResourcePlan resourcePlan;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final Bodies bodies;
  private final MessageSource messages;

  StrategyDocuments(
      Strategies strategies,
      Indicators indicators,
      Measures measures,
      Milestones milestones,
      ResourcePlan resourcePlan,
      OrgUnits orgUnits,
      Persons persons,
      Bodies bodies,
      MessageSource messages) {
    this.strategies = strategies;
    this.indicators = indicators;
    this.measures = measures;
    this.milestones = milestones;
    this.resourcePlan = resourcePlan;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.bodies = bodies;
    this.messages = messages;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public DocumentFile file(long versionId, Format format) {
    String municipality = bodies.get(TenantContext.requireTenantId()).name();
    Document doc = document(versionId, municipality);
    return new DocumentFile(
        format.fileName(doc.title()), format, DocumentFiles.write(doc, format, municipality));
  }

  /** The version as a document (one read of each part). */
  @MemberOnly
  @Transactional(readOnly = true)
  public Document document(long versionId) {
    return document(versionId, bodies.get(TenantContext.requireTenantId()).name());
  }

  private Document document(long versionId, String municipality) {
    VersionView version = strategies.version(versionId);
    List<FieldOfActionView> fields = strategies.fieldsOfAction(versionId);
    List<GoalView> goals = strategies.goals(versionId);
    List<MeasureView> all = measures.all(versionId);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(0, version.strategyTitle(), "titel"));
    blocks.add(new Paragraph(municipality, true));
    blocks.add(new Paragraph(status(version), false));
    vision(version, blocks);
    fields(fields, goals, blocks);
    goals(goals, indicators.ofVersion(versionId), blocks);
    measures(fields, goals, all, blocks);
    Map<Long, List<MilestoneView>> milestonesOf = milestones.ofVersion(versionId);
    milestones(all, milestonesOf, blocks);
    resources(resourcePlan.table(versionId, ResourceTable.GroupBy.GOAL), blocks);
    timePlan(version, all, milestonesOf, blocks);
    return new Document(
        version.label(),
        "Strategie " + version.startYear() + "–" + version.endYear() + ", " + municipality,
        version.status() == VersionStatus.DRAFT ? DRAFT_NOTE : null,
        blocks);
  }

  private String status(VersionView v) {
    String text =
        "Fassung "
            + v.number()
            + ", Laufzeit "
            + v.startYear()
            + "–"
            + v.endYear()
            + ", Stand: "
            + label("versionStatus." + v.status());
    if (v.adoptedOn() != null) {
      text += ", beschlossen am " + date(v.adoptedOn());
    }
    if (v.paperReference() != null && !v.paperReference().isBlank()) {
      text += " (" + v.paperReference() + ")";
    }
    if (v.inForceFrom() != null) {
      text += ", in Kraft seit " + date(v.inForceFrom());
    }
    return text + ".";
  }

  private static void vision(VersionView v, List<Block> blocks) {
    blocks.add(new Heading(1, "Zielbild", "zielbild"));
    List<String> paragraphs = RichText.paragraphs(v.vision());
    if (paragraphs.isEmpty()) {
      blocks.add(new Paragraph("Das Zielbild ist noch nicht beschrieben.", false));
    }
    paragraphs.forEach(p -> blocks.add(new Paragraph(p, false)));
  }

  private static void fields(
      List<FieldOfActionView> fields, List<GoalView> goals, List<Block> blocks) {
    blocks.add(new Heading(1, "Handlungsfelder", "handlungsfelder"));
    for (FieldOfActionView f : fields) {
      blocks.add(new Heading(2, f.code() + " – " + f.title(), "hf-" + f.id()));
      if (f.description() != null && !f.description().isBlank()) {
        blocks.add(new Paragraph(f.description(), false));
      }
      List<String> ofField =
          goals.stream()
              .filter(g -> g.fieldOfActionIds().contains(f.id()))
              .map(GoalView::label)
              .toList();
      blocks.add(new Bullets(ofField.isEmpty() ? List.of("Noch keine Ziele.") : ofField));
    }
  }

  private static void goals(
      List<GoalView> goals, List<IndicatorView> indicators, List<Block> blocks) {
    blocks.add(new Heading(1, "Ziele und Indikatoren", "ziele"));
    Map<Long, List<IndicatorView>> byGoal =
        indicators.stream().collect(Collectors.groupingBy(IndicatorView::goalId));
    for (GoalView g : goals) {
      blocks.add(new Heading(2, g.label(), "ziel-" + g.id()));
      if (g.description() != null && !g.description().isBlank()) {
        blocks.add(new Paragraph(g.description(), false));
      }
      List<List<String>> rows =
          byGoal.getOrDefault(g.id(), List.of()).stream()
              .map(
                  i ->
                      List.of(
                          i.name(),
                          i.unit() == null ? "" : i.unit(),
                          number(i.baselineValue())
                              + (i.baselineDate() == null
                                  ? ""
                                  : " (" + date(i.baselineDate()) + ")"),
                          number(i.targetValue())
                              + (i.targetDate() == null ? "" : " bis " + date(i.targetDate()))))
              .toList();
      if (rows.isEmpty()) {
        blocks.add(new Paragraph("Für dieses Ziel sind keine Indikatoren festgelegt.", false));
      } else {
        blocks.add(
            new Table(
                "Indikatoren zu " + g.code(),
                List.of("Indikator", "Einheit", "Ausgangswert", "Zielwert"),
                rows,
                Set.of()));
      }
    }
  }

  private void measures(
      List<FieldOfActionView> fields,
      List<GoalView> goals,
      List<MeasureView> all,
      List<Block> blocks) {
    blocks.add(new Heading(1, "Maßnahmen", "massnahmen"));
    Map<Long, String> units =
        orgUnits.tree().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name));
    Map<Long, String> people =
        persons
            .byIds(
                all.stream()
                    .map(MeasureView::responsiblePersonId)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList())
            .stream()
            .collect(Collectors.toMap(PersonView::id, PersonView::displayName));
    Set<Long> listed = new java.util.HashSet<>();
    for (FieldOfActionView f : fields) {
      Set<Long> goalsOfField =
          goals.stream()
              .filter(g -> g.fieldOfActionIds().contains(f.id()))
              .map(GoalView::id)
              .collect(Collectors.toSet());
      List<MeasureView> ofField =
          all.stream().filter(m -> m.goalIds().stream().anyMatch(goalsOfField::contains)).toList();
      ofField.forEach(m -> listed.add(m.id()));
      blocks.add(new Heading(2, f.code() + " – " + f.title(), "massnahmen-" + f.id()));
      if (ofField.isEmpty()) {
        blocks.add(new Paragraph("Keine Maßnahmen in diesem Handlungsfeld.", false));
      } else {
        blocks.add(measureTable("Maßnahmen im Handlungsfeld " + f.code(), ofField, units, people));
      }
    }
    // every measure once at least: those whose goals belong to no field of action
    List<MeasureView> rest = all.stream().filter(m -> !listed.contains(m.id())).toList();
    if (!rest.isEmpty()) {
      blocks.add(new Heading(2, "Ohne Handlungsfeld", "massnahmen-ohne"));
      blocks.add(measureTable("Maßnahmen ohne Handlungsfeld", rest, units, people));
    }
  }

  /** The measures with horizon, priority, responsibility and planned period (the time plan). */
  private Table measureTable(
      String caption, List<MeasureView> list, Map<Long, String> units, Map<Long, String> people) {
    return new Table(
        caption,
        List.of(
            "Nr.",
            "Maßnahme",
            "Horizont",
            "Priorität",
            "Federführung",
            "Verantwortlich",
            "Zeitraum"),
        list.stream()
            .map(
                m ->
                    List.of(
                        m.code(),
                        m.title() + (m.unplanned() ? " (überplanmäßig)" : ""),
                        m.horizon() == null ? "–" : label("horizon." + m.horizon()),
                        m.priority().effective() == null
                            ? label("priorityClass.NONE")
                            : label("priorityClass." + m.priority().effective()),
                        name(units, m.leadOrgUnitId()),
                        name(people, m.responsiblePersonId()),
                        period(m)))
            .toList(),
        Set.of());
  }

  /** "01.01.2025 – 31.12.2029", "ab 01.01.2025", "bis 31.12.2029" or "–". */
  private static String period(MeasureView m) {
    if (m.plannedStart() == null && m.plannedEnd() == null) {
      return "–";
    }
    // no-break spaces keep „ab“, „bis“ and the dash with their date where the column breaks
    if (m.plannedEnd() == null) {
      return "ab\u00a0" + date(m.plannedStart());
    }
    if (m.plannedStart() == null) {
      return "bis\u00a0" + date(m.plannedEnd());
    }
    return date(m.plannedStart()) + "\u00a0– " + date(m.plannedEnd());
  }

  private static void milestones(
      List<MeasureView> all, Map<Long, List<MilestoneView>> byMeasure, List<Block> blocks) {
    blocks.add(new Heading(1, "Meilensteine", "meilensteine"));
    List<List<String>> rows = new ArrayList<>();
    for (MeasureView m : all) {
      for (MilestoneView ms : byMeasure.getOrDefault(m.id(), List.of())) {
        rows.add(
            List.of(
                m.code(),
                ms.title(),
                date(ms.plannedDate()),
                ms.done()
                    ? "erreicht am " + date(ms.actualDate())
                    : ms.forecastDate() != null
                        ? "verschoben auf " + date(ms.forecastDate())
                        : "offen"));
      }
    }
    if (rows.isEmpty()) {
      blocks.add(new Paragraph("Es sind keine Meilensteine geplant.", false));
    } else {
      blocks.add(
          new Table(
              "Meilensteine der Maßnahmen",
              List.of("Maßnahme", "Meilenstein", "geplant", "Stand"),
              rows,
              Set.of()));
    }
  }

  /**
   * Money and staff per goal and budget year: the resource table's one rule (goalCarrying), as two
   * tables so that every year fits on the page (money in whole euros).
   */
  private static void resources(ResourceTable table, List<Block> blocks) {
    blocks.add(new Heading(1, "Personal und Finanzmittel", "ressourcen"));
    blocks.add(
        table.asDocumentTable(
            GermanText.wholeEuroCaption(
                "Mittel (konsumtiv und investiv) je Ziel und Haushaltsjahr in Euro",
                table.moneyHasCents()),
            c -> GermanText.wholeEuro(c.money())));
    blocks.add(
        table.asDocumentTable("Personal (VZÄ) je Ziel und Haushaltsjahr", c -> staff(c.fte())));
  }

  /**
   * The roadmap as bars per measure (up to {@link RoadmapChart#MAX_ROWS} measures, beyond that a
   * picture is no longer readable); every measure's planned period stands in its row of the measure
   * tables, so the document does not list the measures a second time.
   */
  private void timePlan(
      VersionView version,
      List<MeasureView> all,
      Map<Long, List<MilestoneView>> milestonesOf,
      List<Block> blocks) {
    blocks.add(new Heading(1, "Zeitplan", "zeitplan"));
    if (!all.isEmpty() && all.size() <= RoadmapChart.MAX_ROWS) {
      blocks.add(
          new Figure(
              RoadmapChart.png(all, milestonesOf, version.startYear(), version.endYear()),
              "image/png",
              RoadmapChart.alt(all.size(), version.startYear(), version.endYear()),
              "Abbildung: Zeitplan der Maßnahmen"));
      blocks.add(
          new Paragraph(
              "Beginn und Ende jeder Maßnahme nennt die Spalte „Zeitraum“ im Abschnitt"
                  + " „Maßnahmen“.",
              false));
    } else if (!all.isEmpty()) {
      blocks.add(
          new Paragraph(
              "Bei "
                  + all.size()
                  + " Maßnahmen steht der Zeitplan in der Spalte „Zeitraum“ der Tabellen im"
                  + " Abschnitt „Maßnahmen“; die Roadmap der Anwendung zeigt ihn als Balken.",
              false));
    } else {
      blocks.add(new Paragraph("Es sind noch keine Maßnahmen geplant.", false));
    }
  }

  private static String name(Map<Long, String> names, Long id) {
    return id == null ? "–" : names.getOrDefault(id, "–");
  }

  private String label(String key) {
    return messages.getMessage(key, null, key, Locale.GERMAN);
  }
}
