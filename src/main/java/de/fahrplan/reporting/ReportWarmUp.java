package de.fahrplan.reporting;

import de.fahrplan.documents.Document;
import de.fahrplan.documents.DocumentFiles;
import de.fahrplan.reporting.ReportSnapshot.GoalPart;
import de.fahrplan.reporting.ReportSnapshot.IndicatorLine;
import de.fahrplan.reporting.ReportSnapshot.MeasurePart;
import de.fahrplan.reporting.ReportSnapshot.MoneyLine;
import de.fahrplan.reporting.ReportSnapshot.OverdueLine;
import de.fahrplan.reporting.ReportSnapshot.ResourceGoal;
import de.fahrplan.reporting.ReportSnapshot.ResourceYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a made-up report once the application is ready, in the background, and throws it away. A
 * freshly started JVM lays out its first report at a fraction of the warm speed (the layout and
 * PDFBox are not compiled yet; measured when PDFs still went through openhtmltopdf: 8–11 s instead
 * of 4–5 s for 1,000 measures). After this warm-up (seconds of one core, nothing read or written)
 * the first real PDF renders about as fast as later ones. Switched off with {@code
 * fahrplan.reports.warm-up=false}.
 */
@Component
@ConditionalOnProperty(
    name = "fahrplan.reports.warm-up",
    havingValue = "true",
    matchIfMissing = true)
class ReportWarmUp {

  private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);

  /** Large enough for the JIT to compile the layout's hot paths, small enough to take seconds. */
  static final int SAMPLE_MEASURES = 150;

  /** Measured: after four renderings the next is within a tenth of the fully warm time. */
  private static final int PDF_RENDERINGS = 4;

  private final MessageSource messages;

  ReportWarmUp(MessageSource messages) {
    this.messages = messages;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    Thread thread = new Thread(this::run, "report-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  void run() {
    long start = System.nanoTime();
    try {
      renderSample();
      for (int i = 1; i < PDF_RENDERINGS; i++) {
        pdf(sampleDocument());
      }
      log.info("Report rendering warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      // only speed is lost: real reports render as before
      log.warn("Report warm-up failed", e);
    }
  }

  /**
   * Renders the sample as PDF – the format rendered when a round closes and read most. ODT and DOCX
   * are not warmed: their libraries (odfdom, xerces, POI) would stay loaded in every server for the
   * first editable download's sake (about 2,000 classes, ADR 0029).
   */
  byte[] renderSample() {
    return pdf(sampleDocument());
  }

  private Document sampleDocument() {
    return ReportLayout.of(sample(SAMPLE_MEASURES), messages, null);
  }

  private byte[] pdf(Document doc) {
    return DocumentFiles.pdf(doc, "Musterkommune");
  }

  /** A report with every section and block kind, {@code measures} measures in 20 goals. */
  static ReportSnapshot sample(int measures) {
    Map<TrafficLight, Integer> counts =
        Map.of(TrafficLight.ON_TRACK, 5, TrafficLight.AT_RISK, 2, TrafficLight.CRITICAL, 1);
    List<GoalPart> goals = new ArrayList<>();
    List<ResourceGoal> resources = new ArrayList<>();
    for (int g = 1; g <= 20; g++) {
      goals.add(
          new GoalPart(
              "Z" + g + " – Beispielziel " + g,
              TrafficLight.AT_RISK,
              40 + g,
              counts,
              1,
              List.of(
                  new IndicatorLine(
                      "Online-Anteil",
                      "%",
                      BigDecimal.valueOf(30 + g),
                      LocalDate.of(2026, 6, 30),
                      BigDecimal.valueOf(35),
                      BigDecimal.valueOf(80),
                      LocalDate.of(2030, 12, 31),
                      "hinter Plan")),
              List.of("M-" + g, "M-" + (g + 20))));
      resources.add(
          new ResourceGoal(
              "Z" + g,
              List.of(
                  new ResourceYear(
                      2025,
                      BigDecimal.valueOf(250_000),
                      BigDecimal.valueOf(90_000),
                      BigDecimal.ONE),
                  new ResourceYear(
                      2026, BigDecimal.valueOf(300_000), BigDecimal.ZERO, BigDecimal.TWO))));
    }
    List<MeasurePart> parts = new ArrayList<>();
    List<OverdueLine> overdue = new ArrayList<>();
    for (int i = 1; i <= measures; i++) {
      parts.add(
          new MeasurePart(
              "M-" + i,
              "Beispielmaßnahme " + i,
              "Z" + (i % 20 + 1),
              "Beispielperson " + i,
              "Fachbereich " + (i % 8),
              TrafficLight.values()[i % TrafficLight.values().length],
              UpdateState.ACCEPTED,
              i % 101,
              "Lieferung der Geräte verzögert sich um zwei Monate.",
              "Ausschreibung veröffentlicht, Bietergespräche geführt.",
              "Zuschlag erteilen und Einführung planen.",
              i % 3 == 0 ? "Fachkräftemangel in der IT-Abteilung." : null,
              i % 7 == 0 ? "Zustimmung des Hauptausschusses zur Vergabe." : null,
              List.of(
                  "Ausschreibung (geplant 31.03.2026): erreicht am 28.03.2026",
                  "Inbetriebnahme (geplant 30.06.2026): neuer Termin 30.09.2026 – Lieferverzug"),
              List.of(
                  new MoneyLine(
                      2025, BigDecimal.valueOf(42_500), BigDecimal.valueOf(12_000), null, false),
                  new MoneyLine(
                      2026, null, BigDecimal.valueOf(1_000), new BigDecimal("0.5"), true)),
              i % 25 == 0));
      if (i % 10 == 0) {
        overdue.add(
            new OverdueLine(
                "M-" + i + " – Beispielmaßnahme " + i,
                "Inbetriebnahme",
                LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 9, 30),
                "Lieferverzug"));
      }
    }
    return new ReportSnapshot(
        "Musterkommune",
        null,
        null,
        "Digitalisierungsstrategie",
        "Q3/2026",
        LocalDate.of(2026, 7, 1),
        LocalDate.of(2026, 9, 30),
        LocalDate.of(2026, 10, 20),
        "Q2/2026",
        "Der Bericht zeigt den Stand der Umsetzung.\n\nEr geht an den Hauptausschuss.",
        EnumSet.allOf(ReportSection.class),
        new ReportSnapshot.Summary(
            counts,
            measures,
            2,
            45,
            List.of("M-1: im Plan → gefährdet"),
            List.of("M-3 – Beispielmaßnahme 3"),
            List.of("M-6: Fachkräftemangel"),
            List.of()),
        goals,
        parts,
        resources,
        overdue,
        List.of(
            new ReportSnapshot.MandateLine(
                "Vierteljährlich über den Stand der Umsetzung berichten",
                "VO/2026/00001",
                "Stabsstelle Digitalisierung",
                "Hauptausschuss",
                LocalDate.of(2026, 12, 31),
                "in Arbeit",
                null)),
        "Ein Ziel zeigt die schlechteste Ampel seiner Maßnahmen.");
  }
}
