package de.fahrplan.council;

import de.fahrplan.council.PaperDetail.View.Attachment;
import de.fahrplan.reporting.ProgressReports;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A paper's Anlagen, numbered: first the documents generated with it (the strategy document, the
 * resource table and the roadmap of its version, or the progress report it was made from), then the
 * uploaded files in the order they came.
 */
@Component
class PaperAttachments {

  private final ProgressReports reports;
  private final PaperFiles files;

  PaperAttachments(ProgressReports reports, PaperFiles files) {
    this.reports = reports;
    this.files = files;
  }

  /** {@code versionLabel}: the label of the paper's strategy version (null: none or deleted). */
  List<Attachment> of(PaperView p, String versionLabel) {
    List<Attachment> list = new ArrayList<>(generated(p, versionLabel));
    for (PaperFileView f : files.ofPaper(p.id())) {
      list.add(
          new Attachment(
              "Anlage " + (list.size() + 1) + ": " + f.title() + " (" + ending(f) + ")",
              "/paper-files/" + f.id(),
              f.id(),
              f.version()));
    }
    return list;
  }

  private List<Attachment> generated(PaperView p, String versionLabel) {
    if (p.origin() == PaperOrigin.PROGRESS_REPORT) {
      return List.of(
          new Attachment(
              "Anlage 1: " + reports.get(p.originId()).title() + " (PDF)",
              "/progress-reports/" + p.originId() + ".pdf"));
    }
    if (p.origin() != PaperOrigin.STRATEGY_VERSION || versionLabel == null) {
      return List.of();
    }
    String base = "/strategy-versions/" + p.strategyVersionId();
    return List.of(
        new Attachment(
            "Anlage 1: Strategiedokument – " + versionLabel + " (PDF)", base + "/document.pdf"),
        new Attachment(
            "Anlage 2: Personal und Finanzmittel je Ziel und Haushaltsjahr (Excel)",
            base + "/resources.xlsx"),
        new Attachment("Anlage 3: Zeitplan der Maßnahmen (PDF)", base + "/roadmap.pdf"));
  }

  /** "PDF", "DOCX", … from the file's name; the type when it has no ending. */
  private static String ending(PaperFileView f) {
    int dot = f.fileName().lastIndexOf('.');
    return dot > 0 && dot < f.fileName().length() - 1
        ? f.fileName().substring(dot + 1).toUpperCase(Locale.ROOT)
        : f.mimeType();
  }
}
