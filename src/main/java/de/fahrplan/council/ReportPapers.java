package de.fahrplan.council;

import static de.fahrplan.documents.GermanText.date;

import de.fahrplan.council.internal.Paper;
import de.fahrplan.council.internal.PaperRepository;
import de.fahrplan.reporting.ProgressReportView;
import de.fahrplan.reporting.ProgressReports;
import de.fahrplan.reporting.ReportSnapshot;
import de.fahrplan.reporting.TrafficLight;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.CoordinationOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The Mitteilungsvorlage that brings a frozen progress report to the committees: every figure from
 * the report's snapshot (never from the live plan), the report itself as Anlage, the previous
 * report paper named, and the Beratungsfolge of the previous report paper as a start.
 */
@Service
public class ReportPapers {

  private final Papers papers;
  private final PaperRepository paperRows;
  private final Consultations consultations;
  private final CouncilSettings settings;
  private final ProgressReports reports;
  private final MessageSource messages;
  private final Clock clock;

  ReportPapers(
      Papers papers,
      PaperRepository paperRows,
      Consultations consultations,
      CouncilSettings settings,
      ProgressReports reports,
      MessageSource messages,
      Clock clock) {
    this.papers = papers;
    this.paperRows = paperRows;
    this.consultations = consultations;
    this.settings = settings;
    this.reports = reports;
    this.messages = messages;
    this.clock = clock;
  }

  /** {@code date}: the paper's date (default today); its number follows from it. */
  @CoordinationOnly
  public PaperView fromProgressReport(long reportId, LocalDate date) {
    ProgressReportView report = reports.get(reportId);
    if (paperRows.existsByOriginAndOriginIdAndDeletedFalse(PaperOrigin.PROGRESS_REPORT, reportId)) {
      throw new InvalidInputException(null, "paper.reportHasPaper", report.period());
    }
    ReportSnapshot s = reports.snapshot(reportId);
    Optional<Paper> previous =
        paperRows.findFirstByOriginAndDeletedFalseOrderByIdDesc(PaperOrigin.PROGRESS_REPORT);
    PaperInput in = new PaperInput();
    in.paperType = settings.noticeType();
    in.date = date != null ? date : LocalDate.now(clock);
    in.subject = s.strategy() + ": Fortschrittsbericht " + s.period();
    in.occasion =
        "Die Verwaltung berichtet über den Stand der Umsetzung der Strategie zum "
            + date(s.periodEnd())
            + "."
            + previous.map(p -> " Zuletzt berichtet mit Vorlage " + p.reference() + ".").orElse("");
    in.facts = facts(s);
    in.proposal = "Der Fortschrittsbericht " + s.period() + " wird zur Kenntnis genommen.";
    in.financialImpact = null;
    PaperView paper =
        papers.createGenerated(
            in,
            PaperOrigin.PROGRESS_REPORT,
            reportId,
            null,
            s.mandates().isEmpty()
                ? List.of(lights(s), decisions(s))
                : List.of(lights(s), decisions(s), mandates(s)),
            id -> {
              if (previous.isEmpty() || !consultations.startFromPaper(previous.get().getId(), id)) {
                consultations.startFromTypeIfAny(id);
              }
            });
    return papers.get(paper.id());
  }

  private static String facts(ReportSnapshot s) {
    ReportSnapshot.Summary sum = s.summary();
    StringBuilder text =
        new StringBuilder("Der Bericht umfasst ")
            .append(sum.measures())
            .append(" Maßnahmen: ")
            .append(sum.count(TrafficLight.ON_TRACK))
            .append(" im Plan, ")
            .append(sum.count(TrafficLight.AT_RISK))
            .append(" gefährdet, ")
            .append(sum.count(TrafficLight.CRITICAL))
            .append(" kritisch, ")
            .append(sum.count(TrafficLight.COMPLETED))
            .append(" abgeschlossen, ")
            .append(sum.unreported())
            .append(" ohne Meldung.");
    list(text, "Abgeschlossen im Berichtszeitraum", sum.completed());
    list(text, "Neue Risiken", sum.newRisks());
    return text.toString();
  }

  private static void list(StringBuilder text, String title, List<String> items) {
    if (!items.isEmpty()) {
      text.append("\n\n").append(title).append(":\n");
      text.append(String.join("\n", items.stream().map(i -> "– " + i).toList()));
    }
  }

  private PaperTable lights(ReportSnapshot s) {
    List<List<String>> rows = new ArrayList<>();
    for (TrafficLight light : TrafficLight.values()) {
      rows.add(
          List.of(
              messages.getMessage("trafficLight." + light, null, Locale.GERMAN),
              String.valueOf(s.summary().count(light))));
    }
    rows.add(List.of("ohne Meldung", String.valueOf(s.summary().unreported())));
    rows.add(List.of("Maßnahmen insgesamt", String.valueOf(s.summary().measures())));
    return new PaperTable(
        "Stand der Maßnahmen zum " + date(s.periodEnd()),
        List.of("Ampel", "Maßnahmen"),
        rows,
        true);
  }

  /** The mandates as the report froze them (only when it has its section „Aufträge“). */
  private static PaperTable mandates(ReportSnapshot s) {
    return new PaperTable(
        "Stand der Aufträge aus Beschlüssen",
        List.of("Auftrag", "Beschluss", "fällig", "Stand"),
        s.mandates().stream()
            .map(
                m ->
                    List.of(
                        m.description(),
                        m.paper(),
                        date(m.dueDate()),
                        m.fulfilledOn() == null
                            ? m.state()
                            : m.state() + " am " + date(m.fulfilledOn())))
            .toList(),
        false);
  }

  private static PaperTable decisions(ReportSnapshot s) {
    List<List<String>> rows =
        s.measures().stream()
            .filter(m -> m.decisionsNeeded() != null && !m.decisionsNeeded().isBlank())
            .map(m -> List.of(m.code() + " – " + m.title(), m.decisionsNeeded()))
            .toList();
    return new PaperTable(
        "Entscheidungsbedarf",
        List.of("Maßnahme", "Benötigte Entscheidung"),
        rows.isEmpty() ? List.of(List.of("–", "Kein Entscheidungsbedarf gemeldet.")) : rows,
        false);
  }
}
