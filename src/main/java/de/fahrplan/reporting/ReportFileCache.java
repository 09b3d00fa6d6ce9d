package de.fahrplan.reporting;

import de.fahrplan.documents.Document;
import de.fahrplan.documents.DocumentFile;
import de.fahrplan.documents.DocumentFiles;
import de.fahrplan.documents.Format;
import de.fahrplan.reporting.internal.ProgressReportFile;
import de.fahrplan.reporting.internal.ProgressReportFileRepository;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A report as a file: rendered from its frozen snapshot, then kept (the snapshot never changes, so
 * the kept file never goes stale – only the approval drops it). The PDF is rendered in the
 * background right after the round closes or the report is approved ({@link #renderLater}), and a
 * download waits for that rendering instead of doing the work twice; the other formats, and a PDF
 * whose background rendering did not happen (a restart), are rendered at the first download. Two
 * first downloads at once both render; the second one's file is not kept.
 */
@Component
class ReportFileCache {

  private static final Logger log = LoggerFactory.getLogger(ReportFileCache.class);

  /** One thread of low priority: rendering in the background must not slow down the requests. */
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "report-render");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
          });

  private final Map<Long, Future<?>> rendering = new ConcurrentHashMap<>();

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

  /**
   * Runs {@code render} (which keeps the report's PDF) in the background thread; a download of the
   * PDF meanwhile waits for it. Nothing happens when a rendering of the report already runs.
   */
  void renderLater(long reportId, Runnable render) {
    FutureTask<Void> task =
        new FutureTask<>(
            () -> {
              try {
                render.run();
              } catch (RuntimeException e) {
                log.warn("Report {} not rendered in the background: {}", reportId, e.toString());
              } finally {
                rendering.remove(reportId);
              }
            },
            null);
    if (rendering.putIfAbsent(reportId, task) == null) {
      background.execute(task);
    }
  }

  /** Waits (at most a minute) for the background rendering of the report, if one runs. */
  void awaitRendered(long reportId) {
    Future<?> running = rendering.get(reportId);
    if (running == null) {
      return;
    }
    try {
      running.get(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // the download renders the file itself
    }
  }

  @PreDestroy
  void stop() {
    background.shutdownNow();
  }

  /** The report as a file; the PDF once its background rendering (if any) is done. */
  DocumentFile file(ProgressReportView report, Format format, Supplier<ReportSnapshot> snapshot) {
    if (format == Format.PDF) {
      awaitRendered(report.id());
    }
    return keep(report, format, snapshot);
  }

  /** The kept file, or the file rendered now and kept. */
  DocumentFile keep(ProgressReportView report, Format format, Supplier<ReportSnapshot> snapshot) {
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
