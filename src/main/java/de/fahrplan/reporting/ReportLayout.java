package de.fahrplan.reporting;

import static de.fahrplan.documents.GermanText.date;
import static de.fahrplan.documents.GermanText.euro;
import static de.fahrplan.documents.GermanText.number;
import static de.fahrplan.documents.GermanText.staff;

import de.fahrplan.documents.Document;
import de.fahrplan.documents.Document.Block;
import de.fahrplan.documents.Document.Bullets;
import de.fahrplan.documents.Document.Facts;
import de.fahrplan.documents.Document.Figure;
import de.fahrplan.documents.Document.Heading;
import de.fahrplan.documents.Document.PageBreak;
import de.fahrplan.documents.Document.Paragraph;
import de.fahrplan.documents.Document.Table;
import de.fahrplan.reporting.ReportSnapshot.GoalPart;
import de.fahrplan.reporting.ReportSnapshot.IndicatorLine;
import de.fahrplan.reporting.ReportSnapshot.MandateLine;
import de.fahrplan.reporting.ReportSnapshot.MeasurePart;
import de.fahrplan.reporting.ReportSnapshot.MoneyLine;
import de.fahrplan.reporting.ReportSnapshot.OverdueLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;

/** Lays a {@link ReportSnapshot} out as a {@link Document}, in German. */
final class ReportLayout {

  static final List<TrafficLight> LIGHTS =
      List.of(
          TrafficLight.ON_TRACK,
          TrafficLight.AT_RISK,
          TrafficLight.CRITICAL,
          TrafficLight.COMPLETED);
  private static final Map<UpdateState, String> STATES =
      Map.of(
          UpdateState.DRAFT, "Entwurf (nicht eingereicht)",
          UpdateState.SUBMITTED, "eingereicht",
          UpdateState.RETURNED, "zurückgegeben (nicht erneut eingereicht)",
          UpdateState.ACCEPTED, "angenommen");

  private final ReportSnapshot s;
  private final ProgressReportView release;
  private final Map<TrafficLight, String> names = new java.util.EnumMap<>(TrafficLight.class);
  private final List<Block> blocks = new ArrayList<>();
  private int anchors;

  /** The lights' German names come from the message bundle, as on the pages. */
  private ReportLayout(ReportSnapshot s, MessageSource messages, ProgressReportView release) {
    this.s = s;
    this.release = release;
    for (TrafficLight l : TrafficLight.values()) {
      names.put(l, messages.getMessage("trafficLight." + l, null, Locale.GERMAN));
    }
  }

  /** The report; {@code release} says whether (and by whom) it was approved, null for none. */
  static Document of(ReportSnapshot s, MessageSource messages, ProgressReportView release) {
    return new ReportLayout(s, messages, release).layout();
  }

  private String name(TrafficLight light) {
    return names.get(light);
  }

  static String title(ReportSnapshot s) {
    return "Fortschrittsbericht " + s.period() + " – " + s.strategy();
  }

  private Document layout() {
    cover();
    int contentsAt = blocks.size();
    if (s.intro() != null) {
      heading(1, "Einleitung");
      for (String part : s.intro().split("\\R\\s*\\R")) {
        blocks.add(new Paragraph(part.strip(), false));
      }
    }
    if (s.shows(ReportSection.SUMMARY)) {
      summary();
    }
    if (s.shows(ReportSection.GOALS)) {
      goals();
    }
    if (s.shows(ReportSection.MEASURES)) {
      measures();
    }
    if (s.shows(ReportSection.RESOURCES)) {
      resources();
    }
    if (s.shows(ReportSection.MANDATES)) {
      mandates();
    }
    if (s.shows(ReportSection.OVERDUE)) {
      overdue();
    }
    // the table of contents lists the sections (the PDF has them as bookmarks, too)
    List<String> sections =
        blocks.stream()
            .filter(b -> b instanceof Heading h && h.level() == 1)
            .map(b -> ((Heading) b).text())
            .toList();
    blocks.add(contentsAt, new Bullets(sections));
    blocks.add(contentsAt, new Heading(1, "Inhalt", "contents"));
    return new Document(
        title(s),
        "Sachstand der Umsetzung im Berichtszeitraum "
            + s.period()
            + " ("
            + date(s.periodStart())
            + " bis "
            + date(s.periodEnd())
            + "), "
            + s.municipality(),
        blocks);
  }

  private void cover() {
    if (s.logo() != null) {
      blocks.add(new Figure(s.logo(), s.logoType(), "Logo: " + s.municipality(), null));
    }
    blocks.add(new Paragraph(s.municipality(), true));
    blocks.add(new Heading(0, "Fortschrittsbericht " + s.period(), "cover"));
    blocks.add(new Paragraph(s.strategy(), true));
    blocks.add(
        new Paragraph(
            "Berichtszeitraum "
                + date(s.periodStart())
                + " bis "
                + date(s.periodEnd())
                + " · Stand "
                + date(s.createdOn()),
            false));
    blocks.add(
        new Paragraph(
            release != null && release.approved()
                ? "Freigegeben am " + date(release.approvedOn()) + " durch " + release.approvedBy()
                : "Entwurf – noch nicht freigegeben",
            true));
    blocks.add(new PageBreak());
  }

  private void summary() {
    ReportSnapshot.Summary sum = s.summary();
    heading(1, "Zusammenfassung");
    StringBuilder text =
        new StringBuilder()
            .append("Für ")
            .append(sum.measures())
            .append(" Maßnahmen war ein Sachstand erbeten; ")
            .append(sum.measures() - sum.unreported())
            .append(" liegen vor");
    for (TrafficLight l : LIGHTS) {
      text.append(", ").append(sum.count(l)).append(" ").append(name(l));
    }
    text.append(".");
    if (sum.progress() != null) {
      text.append(" Fortschritt insgesamt: ").append(sum.progress()).append(" %.");
    }
    blocks.add(new Paragraph(text.toString(), false));
    List<List<String>> rows = new ArrayList<>();
    for (TrafficLight l : LIGHTS) {
      rows.add(List.of(name(l), String.valueOf(sum.count(l))));
    }
    rows.add(List.of("ohne Sachstand", String.valueOf(sum.unreported())));
    blocks.add(new Table("Maßnahmen je Ampel", List.of("Ampel", "Maßnahmen"), rows, Set.of(1)));
    if (!s.goals().isEmpty()) {
      blocks.add(
          new Figure(
              LightChart.png(s.goals(), this::name),
              "image/png",
              LightChart.alt(s.goals(), this::name),
              "Abbildung 1: Ampeln der Maßnahmen je Ziel (Anteile mit Anzahl; Muster und Farben"
                  + " wie in der Legende, grau gestreift: ohne Sachstand)"));
    }
    heading(
        2,
        s.previousPeriod() == null
            ? "Veränderungen"
            : "Veränderungen seit dem Bericht " + s.previousPeriod());
    bulletsOr(sum.changes(), "Keine Ampel hat sich geändert.");
    heading(2, "Abgeschlossene Maßnahmen");
    bulletsOr(sum.completed(), "In diesem Zeitraum wurde keine Maßnahme abgeschlossen.");
    heading(2, "Neue und geänderte Risiken");
    bulletsOr(sum.newRisks(), "Keine neuen Risiken gemeldet.");
    heading(2, "Überplanmäßige Maßnahmen");
    bulletsOr(
        s.measures().stream()
            .filter(ReportSnapshot.MeasurePart::unplanned)
            .map(m -> m.code() + " – " + m.title())
            .toList(),
        "Keine Maßnahme außerhalb des beschlossenen Plans.");
    heading(2, "Entscheidungsbedarf");
    bulletsOr(
        s.measures().stream()
            .filter(m -> m.decisionsNeeded() != null && !m.decisionsNeeded().isBlank())
            .map(m -> m.code() + " – " + m.title() + ": " + m.decisionsNeeded().strip())
            .toList(),
        "Kein Entscheidungsbedarf gemeldet.");
    blocks.add(new Paragraph("Zusammenfassung der Ampeln: " + s.rule(), false));
  }

  private void goals() {
    heading(1, "Stand je Ziel");
    for (GoalPart g : s.goals()) {
      heading(2, g.label());
      List<String[]> facts = new ArrayList<>();
      facts.add(new String[] {"Ampel", g.light() == null ? "kein Sachstand" : name(g.light())});
      facts.add(new String[] {"Fortschritt", g.progress() == null ? "–" : g.progress() + " %"});
      StringBuilder counts = new StringBuilder();
      for (TrafficLight l : LIGHTS) {
        counts.append(counts.isEmpty() ? "" : ", ").append(g.count(l)).append(" ").append(name(l));
      }
      counts.append(", ").append(g.unreported()).append(" ohne Sachstand");
      facts.add(new String[] {"Maßnahmen", counts.toString()});
      if (!g.measures().isEmpty()) {
        facts.add(new String[] {"Zugeordnet", String.join(", ", g.measures())});
      }
      blocks.add(new Facts(facts));
      if (!g.indicators().isEmpty()) {
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorLine i : g.indicators()) {
          rows.add(
              List.of(
                  i.name(),
                  i.latest() == null
                      ? "–"
                      : number(i.latest()) + " " + i.unit() + " (" + date(i.latestDate()) + ")",
                  i.expected() == null ? "–" : number(i.expected()) + " " + i.unit(),
                  number(i.target()) + " " + i.unit() + " (" + date(i.targetDate()) + ")",
                  i.state()));
        }
        blocks.add(
            new Table(
                "Indikatoren von " + g.label(),
                List.of("Indikator", "aktuell", "erwartet", "Zielwert", "Stand"),
                rows,
                Set.of()));
      }
    }
  }

  private void measures() {
    heading(1, "Maßnahmen");
    for (MeasurePart m : s.measures()) {
      heading(2, m.code() + " – " + m.title() + (m.unplanned() ? " (überplanmäßig)" : ""));
      List<String[]> facts = new ArrayList<>();
      facts.add(new String[] {"Ziele", m.goals()});
      facts.add(new String[] {"Verantwortlich", m.owner() == null ? "–" : m.owner()});
      facts.add(new String[] {"Federführung", m.orgUnit() == null ? "–" : m.orgUnit()});
      facts.add(new String[] {"Sachstand", STATES.get(m.state())});
      facts.add(new String[] {"Ampel", m.light() == null ? "–" : name(m.light())});
      facts.add(new String[] {"Fortschritt", m.progress() == null ? "–" : m.progress() + " %"});
      blocks.add(new Facts(facts));
      labelled("Erläuterung", m.explanation());
      labelled("Erreicht", m.achieved());
      labelled("Nächste Schritte", m.nextSteps());
      labelled("Risiken und Probleme", m.risks());
      labelled("Entscheidungsbedarf", m.decisionsNeeded());
      if (!m.milestones().isEmpty()) {
        blocks.add(new Paragraph("Meilensteine", true));
        blocks.add(new Bullets(m.milestones()));
      }
      // a list, not a table: a thousand small tables would make the PDF slow to lay out
      if (!m.money().isEmpty()) {
        List<String> years = new ArrayList<>();
        for (MoneyLine x : m.money()) {
          years.add(
              x.year()
                  + ": geplant "
                  + (x.planned() == null ? "– (keine Planung)" : euro(x.planned()))
                  + ", bisher ausgegeben "
                  + (x.spent() == null ? "–" : euro(x.spent()))
                  + (x.fteUsed() == null ? "" : ", " + staff(x.fteUsed()) + " VZÄ eingesetzt"));
        }
        blocks.add(new Paragraph("Finanzmittel und Personal", true));
        blocks.add(new Bullets(years));
      }
    }
  }

  private void resources() {
    heading(1, "Personal und Finanzmittel je Ziel und Haushaltsjahr");
    blocks.add(
        new Paragraph(
            "Geplantes Personal (VZÄ) und geplante Mittel aus den Ressourcenplänen, ausgegebene"
                + " Mittel aus den Sachständen. Jede Maßnahme zählt einmal, bei dem Ziel, das bei"
                + " ihr zuerst genannt ist – wie in der Tabelle „Personal und Finanzmittel“.",
            false));
    List<List<String>> rows = ResourceRows.of(s.resources());
    if (rows.isEmpty()) {
      blocks.add(new Paragraph("Keine Finanzmittel geplant oder ausgegeben.", false));
    } else {
      blocks.add(
          new Table(
              "Personal und Finanzmittel je Ziel und Haushaltsjahr",
              List.of(
                  "Ziel", "Haushaltsjahr", "VZÄ geplant", "geplant", "ausgegeben", "Mittelabfluss"),
              rows,
              Set.of(2, 3, 4, 5)));
    }
  }

  /** Aufträge aus Beschlüssen: what the council asked, of whom, by when, and how it stands. */
  private void mandates() {
    heading(1, "Aufträge aus Beschlüssen");
    if (s.mandates().isEmpty()) {
      blocks.add(
          new Paragraph("Keine offenen oder im Berichtszeitraum erfüllten Aufträge.", false));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (MandateLine m : s.mandates()) {
      rows.add(
          List.of(
              m.description(),
              m.paper(),
              m.addressee() == null ? "–" : m.addressee(),
              m.committee() == null ? "–" : m.committee(),
              date(m.dueDate()),
              m.fulfilledOn() == null ? m.state() : m.state() + " am " + date(m.fulfilledOn())));
    }
    blocks.add(
        new Table(
            "Aufträge aus Beschlüssen",
            List.of("Auftrag", "Beschluss", "zuständig", "berichtet an", "fällig", "Stand"),
            rows,
            Set.of()));
  }

  private void overdue() {
    heading(1, "Anlage: Überfällige Meilensteine");
    if (s.overdue().isEmpty()) {
      blocks.add(new Paragraph("Keine Meilensteine überfällig.", false));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (OverdueLine o : s.overdue()) {
      rows.add(
          List.of(
              o.measure(),
              o.milestone(),
              date(o.plannedDate()),
              o.dueDate().equals(o.plannedDate()) ? "–" : date(o.dueDate()) + " – " + o.reason()));
    }
    blocks.add(
        new Table(
            "Überfällige Meilensteine",
            List.of("Maßnahme", "Meilenstein", "geplant", "neuer Termin"),
            rows,
            Set.of()));
  }

  private void heading(int level, String text) {
    blocks.add(new Heading(level, text, "h" + (++anchors)));
  }

  private void labelled(String label, String text) {
    if (text != null) {
      blocks.add(new Document.Labelled(label, text));
    }
  }

  private void bulletsOr(List<String> items, String none) {
    if (items.isEmpty()) {
      blocks.add(new Paragraph(none, false));
    } else {
      blocks.add(new Bullets(items));
    }
  }
}
