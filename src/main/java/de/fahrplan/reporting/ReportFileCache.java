package de.fahrplan.reporting;

import de.fahrplan.documents.Document;
import de.fahrplan.documents.DocumentFile;
import de.fahrplan.documents.DocumentFiles;
import de.fahrplan.documents.Format;
import de.fahrplan.reporting.internal.ProgressReportFile;
import de.fahrplan.reporting.internal.ProgressReportFileRepository;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A report as a file: rendered from its frozen snapshot at the first download, then kept (the
 * snapshot never changes, so the kept file never goes stale – only the approval drops it). Two
 * first downloads at once both render; the second one's file is not kept.
 */
@Component
class ReportFileCache {

  private final ProgressReportFileRepository files;
  private final TransactionTemplate readOnly;
  private final TransactionTemplate write;
  private final MessageSource messages;

  ReportFileCache(
      ProgressReportFileRepository files,
      PlatformTransactionManager transactions,
      MessageSource messages) {
    this.files = files;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.write = new TransactionTemplate(transactions);
    this.write.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.messages = messages;
  }

  DocumentFile file(ProgressReportView report, Format format, Supplier<ReportSnapshot> snapshot) {
    String name = format.fileName("Fortschrittsbericht-" + report.period());
    byte[] kept =
        readOnly.execute(
            tx ->
                files
                    .findByReportIdAndFormat(report.id(), format.name())
                    .map(ProgressReportFile::content)
                    .orElse(null));
    if (kept != null) {
      return new DocumentFile(name, format, kept);
    }
    ReportSnapshot content = snapshot.get();
    Document doc = ReportLayout.of(content, messages, report);
    byte[] bytes = DocumentFiles.write(doc, format, content.municipality());
    try {
      write.executeWithoutResult(
          tx -> files.save(new ProgressReportFile(report.id(), format.name(), bytes)));
    } catch (DataIntegrityViolationException alreadyKept) {
      // rendered at the same time by another request: its file is the same
    }
    return new DocumentFile(name, format, bytes);
  }

  /** Drops the kept files of a report (its cover changed). */
  void drop(long reportId) {
    files.deleteByReport(reportId);
  }
}
