package de.fahrplan.demo;

import de.fahrplan.council.AnswerInput;
import de.fahrplan.council.ConsultationInput;
import de.fahrplan.council.ConsultationResult;
import de.fahrplan.council.ConsultationRole;
import de.fahrplan.council.ConsultationView;
import de.fahrplan.council.Consultations;
import de.fahrplan.council.CouncilSettings;
import de.fahrplan.council.CouncilSettingsInput;
import de.fahrplan.council.FulfilmentInput;
import de.fahrplan.council.GeneratedPapers;
import de.fahrplan.council.MandateCadence;
import de.fahrplan.council.MandateInput;
import de.fahrplan.council.MandateKind;
import de.fahrplan.council.MandateView;
import de.fahrplan.council.Mandates;
import de.fahrplan.council.PaperCheck;
import de.fahrplan.council.PaperFileView;
import de.fahrplan.council.PaperInput;
import de.fahrplan.council.PaperState;
import de.fahrplan.council.PaperView;
import de.fahrplan.council.Papers;
import de.fahrplan.council.Releases;
import de.fahrplan.council.ReportPapers;
import de.fahrplan.council.ResultInput;
import de.fahrplan.council.SignOffInput;
import de.fahrplan.council.StatementAnswer;
import de.fahrplan.council.StatementAnswers;
import de.fahrplan.council.StatementInput;
import de.fahrplan.council.StatementView;
import de.fahrplan.council.Statements;
import de.fahrplan.plan.Measures;
import de.fahrplan.reporting.ProgressReportView;
import de.fahrplan.reporting.ProgressReports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/**
 * The demo municipalities' council papers: Musterstadt's adoption paper of its strategy with Senat
 * (N) → Hauptausschuss (Ö) → Bürgerschaft (Ö), the report paper of a closed round, the draft paper
 * of the Fortschreibung; Beispielkreis's own numbering and Beratungsfolge.
 */
@Component
class DemoCouncil {

  private final Papers papers;
  private final Consultations consultations;
  private final CouncilSettings settings;
  private final GeneratedPapers generated;
  private final ReportPapers reportPapers;
  private final ProgressReports reports;
  private final Mandates mandates;
  private final Measures measures;
  private final Statements statements;
  private final StatementAnswers answers;
  private final Releases releases;
  private static final String RATHAUS = "Rathaus, ";
  private static final String KREISHAUS = "Kreishaus, Großer Sitzungssaal";

  private final DemoMeetingsAndFiles meetings;
  private final java.time.Clock clock;

  DemoCouncil(
      Papers papers,
      Consultations consultations,
      CouncilSettings settings,
      GeneratedPapers generated,
      ReportPapers reportPapers,
      ProgressReports reports,
      Mandates mandates,
      Measures measures,
      Statements statements,
      StatementAnswers answers,
      Releases releases,
      DemoMeetingsAndFiles meetings,
      java.time.Clock clock) {
    this.meetings = meetings;
    this.clock = clock;
    this.statements = statements;
    this.answers = answers;
    this.releases = releases;
    this.mandates = mandates;
    this.measures = measures;
    this.generated = generated;
    this.reportPapers = reportPapers;
    this.reports = reports;
    this.papers = papers;
    this.consultations = consultations;
    this.settings = settings;
  }

  /** The adoption paper of version 1, decided on {@code adoptedOn}; answers its number. */
  String musterstadtAdoption(
      long versionId,
      LocalDate adoptedOn,
      Map<String, Long> units,
      Map<String, Long> people,
      ToLongFunction<String> committee) {
    usualSequences(
        "Beschlussvorlage; BV; Beschluss; Senat (N) → HA → Bürgerschaft",
        "Mitteilungsvorlage; MV; HDA",
        null);
    PaperInput in =
        paper(
            "Beschlussvorlage",
            "2023-10-10",
            "Digitale Strategie der Hansestadt Musterstadt 2024–2030",
            units.get("1.201"),
            people.get("Schütt"));
    in.fileNumber = "1.201-10.04/2023";
    in.budgetProducts = "1.1.1.04 Informationstechnik";
    in.occasion =
        "Die Bürgerschaft hat die Verwaltung am 23.03.2023 beauftragt, eine Digitalisierungsstrategie"
            + " mit Zielen, Maßnahmen und Ressourcen vorzulegen (VO/2023/01207).";
    in.facts =
        "Die Strategie beschreibt das Zielbild 2030, vier Handlungsfelder mit ihren Zielen und die"
            + " Maßnahmen mit Verantwortlichen, Meilensteinen, Personal und Finanzmitteln je Haushaltsjahr."
            + "\n\nSie wurde mit den Fachbereichen, dem Gesamtpersonalrat, dem Frauenbüro und der"
            + " Datenschutzbeauftragten abgestimmt.";
    in.proposal =
        "Die Digitale Strategie der Hansestadt Musterstadt 2024–2030 wird beschlossen und zum"
            + " 01.01.2024 in Kraft gesetzt. Die Strategie ist Bestandteil dieses Beschlusses.";
    in.financialImpact =
        "Die Mittel sind im Teilergebnisplan und im Teilfinanzplan des Produkts 1.1.1.04 für die"
            + " Haushaltsjahre 2024 und 2025 veranschlagt.";
    in.checks =
        List.of(
            new PaperCheck("inklusionsrelevant", "barrierefreie Online-Dienste"),
            new PaperCheck(
                "neu / freiwillig / vorgeschrieben durch …", "vorgeschrieben durch OZG"));
    in.strategyVersionId = versionId;
    PaperView p = papers.create(in);
    decided(
        meetings.onAgenda(
            step(
                p,
                committee.applyAsLong("Senat"),
                "2023-10-24",
                false,
                ConsultationRole.PRELIMINARY),
            "10:00",
            RATHAUS + "Senatssaal"),
        ConsultationResult.RECOMMENDED);
    decided(
        meetings.onAgenda(
            step(p, committee.applyAsLong("HA"), "2023-11-07", true, ConsultationRole.PRELIMINARY),
            "16:00",
            RATHAUS + "Raum 1.21"),
        ConsultationResult.RECOMMENDED);
    decided(
        meetings.onAgenda(
            step(
                p,
                committee.applyAsLong("Bürgerschaft"),
                adoptedOn.toString(),
                true,
                ConsultationRole.DECISION),
            "15:00",
            RATHAUS + "Bürgerschaftssaal"),
        ConsultationResult.ADOPTED);
    mandates(p, units, committee);
    return p.reference();
  }

  /**
   * The report papers of the closed rounds, generated from their reports and noted by the Haupt-
   * und Digitalisierungsausschuss (each starts with the committees of the previous one); the
   * Beschlussvorlage of the Fortschreibung, generated from the draft.
   */
  void musterstadtLater(
      long strategyId,
      long draftVersionId,
      Map<String, Long> units,
      Map<String, Long> people,
      ToLongFunction<String> committee) {
    List<ProgressReportView> archive = new ArrayList<>(reports.archive(strategyId));
    Collections.reverse(archive);
    for (ProgressReportView report : archive) {
      LocalDate end = quarterEnd(report.period());
      PaperView paper = reportPapers.fromProgressReport(report.id(), end.plusWeeks(6));
      PaperInput completed = paper.toInput();
      completed.leadUnitId = units.get("1.201");
      completed.personInChargeId = people.get("Schütt");
      papers.update(paper.id(), paper.version(), completed);
      List<ConsultationView> steps = consultations.ofPaper(paper.id());
      ConsultationView step =
          steps.isEmpty()
              ? step(
                  paper,
                  committee.applyAsLong("HDA"),
                  end.plusWeeks(9).toString(),
                  true,
                  ConsultationRole.NOTICE)
              : dated(steps.get(0), end.plusWeeks(9));
      decided(meetings.onAgenda(step, "16:00", RATHAUS + "Raum 1.21"), ConsultationResult.NOTED);
    }

    // generated from the draft, then completed by hand
    PaperView generatedPaper =
        generated.fromStrategyVersion(draftVersionId, LocalDate.of(2027, 4, 1));
    PaperInput update = generatedPaper.toInput();
    update.leadUnitId = units.get("1.201");
    update.personInChargeId = people.get("Schütt");
    update.fileNumber = "1.201-10.04/2026";
    PaperView u = papers.update(generatedPaper.id(), generatedPaper.version(), update);
    // statements: two answered, the Personalrat's as Anlage, Datenschutz informed, the Bürgerbüro
    // asked; the sign-off
    // waits for Linda Schütt (the coordination's demo account) and then Dr. Petra Hoffmann
    LocalDate due = LocalDate.now(clock).plusWeeks(5);
    answered(statement(u, units.get("1.050"), false, due), StatementAnswer.APPROVAL, null);
    answered(statement(u, units.get("1.030"), false, due), StatementAnswer.NO_CONCERNS, null);
    PaperFileView gpr =
        meetings.attach(
            u.id(),
            "Hansestadt Musterstadt",
            "Stellungnahme des Gesamtpersonalrats",
            "Stellungnahme-GPR-2026-12-01.pdf",
            "Der Gesamtpersonalrat stimmt der Fortschreibung zu. Er bittet, die Beschäftigten bei"
                + " der Einführung der E-Akte frühzeitig zu schulen und die Dienstvereinbarung zur"
                + " Telearbeit vor dem Start der Maßnahme M-6 anzupassen.");
    AnswerInput attached = new AnswerInput();
    attached.answer = StatementAnswer.ATTACHED;
    attached.text = "Die Stellungnahme des Gesamtpersonalrats vom 01.12.2026 liegt als Anlage bei.";
    attached.fileId = gpr.id();
    StatementView asked = statement(u, units.get("GPR"), false, due);
    answers.answer(asked.id(), asked.version(), attached);
    statement(u, units.get("1.060"), true, due);
    statement(u, units.get("2.100"), false, due); // Olaf Jensen's task (fachbereich@…)
    SignOffInput signers = new SignOffInput();
    signers.personIds = List.of(people.get("Schütt"), people.get("Hoffmann"));
    u = releases.signOffBy(u.id(), papers.get(u.id()).version(), signers);
    // the usual Beratungsfolge of a Beschlussvorlage came with the generated paper: dated, and the
    // Senat's and the Hauptausschuss's meetings already have it on their agendas
    List<ConsultationView> usual = consultations.ofPaper(u.id());
    meetings.onAgenda(
        dated(usual.get(0), LocalDate.of(2027, 1, 19)), "10:00", RATHAUS + "Senatssaal");
    meetings.onAgenda(
        dated(usual.get(1), LocalDate.of(2027, 2, 2)), "16:00", RATHAUS + "Raum 1.21");
    dated(usual.get(2), LocalDate.of(2027, 2, 25));
  }

  /**
   * What the adoption asked of the administration, in every state: the quarterly report to the HDA
   * (fulfilled by each noted report paper), the Fortschreibung (open), M-12 by mid-2026 for the
   * school committee (overdue), and an examination done.
   */
  private void mandates(PaperView p, Map<String, Long> units, ToLongFunction<String> committee) {
    MandateInput report =
        mandate(
            MandateKind.REPORT,
            "Vierteljährlich über den Stand der Umsetzung berichten",
            units.get("1.201"),
            "2025-12-31");
    report.committeeId = committee.applyAsLong("HDA");
    report.cadence = MandateCadence.QUARTERLY;
    mandates.create(p.id(), report);
    mandates.create(
        p.id(),
        mandate(
            MandateKind.UPDATE,
            "Die Fortschreibung der Strategie zur Beschlussfassung vorlegen",
            units.get("1.201"),
            "2027-06-30"));
    MandateInput school =
        mandate(
            MandateKind.MEASURE,
            "Die digitale Ausstattung der Schulen (M-12) bis zum Schuljahr 2026/27 umsetzen",
            units.get("3.100"),
            "2026-06-30");
    school.committeeId = committee.applyAsLong("SchulA");
    school.measureId =
        measures.all(p.strategyVersionId()).stream()
            .filter(m -> m.code().equals("M-12"))
            .findFirst()
            .orElseThrow()
            .id();
    mandates.create(p.id(), school);
    MandateView examine =
        mandates.create(
            p.id(),
            mandate(
                MandateKind.EXAMINE,
                "Ein gemeinsames Rechenzentrum mit dem Landkreis Beispielkreis prüfen",
                units.get("1.400"),
                "2025-03-31"));
    FulfilmentInput done = new FulfilmentInput();
    done.fulfilledOn = LocalDate.of(2025, 3, 18);
    done.note = "Ergebnis im IuK-Arbeitskreis vorgestellt; Kooperation über M-10 vereinbart.";
    mandates.fulfil(examine.id(), examine.version(), done);
  }

  private static MandateInput mandate(MandateKind kind, String description, Long unit, String due) {
    MandateInput in = new MandateInput();
    in.kind = kind;
    in.description = description;
    in.addresseeUnitId = unit;
    in.dueDate = LocalDate.parse(due);
    return in;
  }

  /** Rostock-style numbers with the type, and the Landkreis's Beratungsfolge. */
  void beispielkreis(
      long versionId,
      Map<String, Long> units,
      Map<String, Long> people,
      ToLongFunction<String> committee) {
    usualSequences(
        "Beschlussvorlage; BV; Beschluss; AFP (N) → KA (N) → KT",
        "Mitteilungsvorlage; MV; KA (N)",
        "{yyyy}/{type}/{nnnn}");
    PaperInput adoption =
        paper(
            "Beschlussvorlage",
            "2025-02-18",
            "E-Government-Strategie des Landkreises Beispielkreis 2025–2029",
            null,
            people.get("Domanske"));
    adoption.proposal =
        "Der Kreistag beschließt die E-Government-Strategie 2025–2029. Die Verwaltung berichtet"
            + " dem Kreisausschuss halbjährlich über die Umsetzung.";
    adoption.strategyVersionId = versionId;
    PaperView adopted = papers.create(adoption);
    decided(
        meetings.onAgenda(
            step(
                adopted,
                committee.applyAsLong("KT"),
                "2025-03-27",
                true,
                ConsultationRole.DECISION),
            "16:00",
            KREISHAUS),
        ConsultationResult.ADOPTED);
    MandateInput report =
        mandate(
            MandateKind.REPORT,
            "Dem Kreisausschuss halbjährlich über die Umsetzung berichten",
            units.get("03.03.10"),
            "2027-01-31");
    report.committeeId = committee.applyAsLong("KA");
    report.cadence = MandateCadence.HALF_YEARLY;
    mandates.create(adopted.id(), report);
    PaperInput in =
        paper(
            "Beschlussvorlage",
            "2026-11-03",
            "Beitritt zum Zweckverband Digitale Verwaltung",
            null,
            people.get("Domanske"));
    in.proposal = "Der Kreistag beschließt den Beitritt zum Zweckverband Digitale Verwaltung.";
    in.financialImpact = "Umlage ab 2027: 48.000 € jährlich (Teilergebnisplan).";
    PaperView p = papers.create(in);
    meetings.attach(
        p.id(),
        "Landkreis Beispielkreis",
        "Entwurf der Verbandssatzung",
        "Verbandssatzung-Entwurf.pdf",
        "Der Zweckverband Digitale Verwaltung betreibt für seine Mitglieder gemeinsame"
            + " Fachverfahren und ein Rechenzentrum. Die Umlage bemisst sich nach der Einwohnerzahl.");
    // the Datenschutz- and Gleichstellungsbeauftragte are informed and acknowledge
    LocalDate due = LocalDate.now(clock).plusWeeks(3);
    statement(p, units.get("01.2"), true, due);
    statement(p, units.get("01.3"), true, due);
    meetings.onAgenda(
        step(p, committee.applyAsLong("AFP"), "2026-11-26", false, ConsultationRole.PRELIMINARY),
        "17:00",
        KREISHAUS);
    meetings.onAgenda(
        step(p, committee.applyAsLong("KA"), "2026-12-08", false, ConsultationRole.PRELIMINARY),
        "17:00",
        KREISHAUS);
    meetings.onAgenda(
        step(p, committee.applyAsLong("KT"), "2026-12-17", true, ConsultationRole.DECISION),
        "16:00",
        KREISHAUS);
  }

  /**
   * The default paper types with the municipality's usual Beratungsfolgen of Beschluss- and
   * Mitteilungsvorlagen; {@code pattern} null keeps the default number pattern.
   */
  private void usualSequences(String decision, String notice, String pattern) {
    CouncilSettingsInput s = new CouncilSettingsInput();
    s.numberPattern = pattern == null ? CouncilSettings.DEFAULT_PATTERN : pattern;
    s.paperTypes =
        CouncilSettings.DEFAULT_TYPES
            .replace("Beschlussvorlage; BV; Beschluss", decision)
            .replace("Mitteilungsvorlage; MV", notice);
    s.checkOptions =
        pattern == null
            ? CouncilSettings.DEFAULT_CHECKS
            : "klimarelevant\ninklusionsrelevant\ngleichstellungsrelevant";
    settings.update(settings.current().version(), s);
  }

  private static PaperInput paper(
      String type, String date, String subject, Long unit, Long person) {
    PaperInput in = new PaperInput();
    in.paperType = type;
    in.date = LocalDate.parse(date);
    in.subject = subject;
    in.leadUnitId = unit;
    in.personInChargeId = person;
    return in;
  }

  private ConsultationView step(
      PaperView p, long committee, String date, boolean open, ConsultationRole role) {
    ConsultationInput in = new ConsultationInput();
    in.organizationId = committee;
    in.meetingDate = LocalDate.parse(date);
    in.publicSession = open;
    in.role = role;
    return consultations.add(p.id(), in);
  }

  private StatementView statement(PaperView p, Long unit, boolean informed, LocalDate due) {
    StatementInput in = new StatementInput();
    in.orgUnitId = unit;
    in.informedOnly = informed;
    in.dueDate = due;
    return statements.request(p.id(), in);
  }

  private void answered(StatementView s, StatementAnswer answer, String text) {
    AnswerInput in = new AnswerInput();
    in.answer = answer;
    in.text = text;
    answers.answer(s.id(), s.version(), in);
  }

  /** "Q2/2026" → 30.06.2026. */
  private static LocalDate quarterEnd(String period) {
    int quarter = Integer.parseInt(period.substring(1, 2));
    int year = Integer.parseInt(period.substring(3));
    return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
  }

  private ConsultationView dated(ConsultationView c, LocalDate meeting) {
    ConsultationInput in = new ConsultationInput();
    in.organizationId = c.organizationId();
    in.meetingDate = meeting;
    in.publicSession = c.publicSession();
    in.role = c.role();
    return consultations.update(c.id(), c.version(), in);
  }

  /** Records a result; a draft is released to the committees first. */
  private void decided(ConsultationView c, ConsultationResult result) {
    PaperView paper = papers.get(c.paperId());
    if (paper.state() == PaperState.DRAFT) {
      releases.release(paper.id(), paper.version());
    }
    ResultInput in = new ResultInput();
    in.result = result;
    consultations.record(c.id(), c.version(), in);
  }
}
