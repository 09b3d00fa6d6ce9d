package de.fahrplan.council;

import de.fahrplan.council.internal.Paper;
import de.fahrplan.council.internal.PaperFile;
import de.fahrplan.council.internal.PaperFileContent;
import de.fahrplan.council.internal.PaperFileContentRepository;
import de.fahrplan.council.internal.PaperFileRepository;
import de.fahrplan.council.internal.PaperRepository;
import de.fahrplan.documents.DocumentFile;
import de.fahrplan.documents.Format;
import de.fahrplan.organisation.Bodies;
import de.fahrplan.shared.TenantContext;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The paper's own document as it was released – the PDF of {@link PaperDocuments} – kept as its
 * main file (OParl {@code mainFile}) with size and checksum, so that council-information portals
 * show the Vorlage itself, not only its Anlagen. Rendered in the background when a public paper is
 * released (the paper is frozen from then on, so the file never goes stale), and at start-up for
 * published papers that have none yet (released before, or a restart lost the rendering).
 */
@Service
public class PaperMainFiles {

  private static final Logger log = LoggerFactory.getLogger(PaperMainFiles.class);

  /** One thread of low priority: rendering in the background must not slow down the requests. */
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "paper-render");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
          });

  private final PaperRepository papers;
  private final PaperFileRepository files;
  private final PaperFileContentRepository contents;
  private final PaperDocuments documents;
  private final Bodies bodies;
  private final TransactionTemplate write;

  PaperMainFiles(
      PaperRepository papers,
      PaperFileRepository files,
      PaperFileContentRepository contents,
      PaperDocuments documents,
      Bodies bodies,
      PlatformTransactionManager transactions) {
    this.papers = papers;
    this.files = files;
    this.contents = contents;
    this.documents = documents;
    this.bodies = bodies;
    this.write = new TransactionTemplate(transactions);
    this.write.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A paper released to the committees: its main file is rendered after the commit. */
  record Released(long paperId, long tenantId) {}

  @TransactionalEventListener
  void renderLater(Released released) {
    background.execute(() -> render(released.tenantId(), List.of(released.paperId())));
  }

  /** Renders, in the background, the main files published papers lack (at every start-up). */
  @EventListener(ApplicationReadyEvent.class)
  public void renderMissing() {
    background.execute(
        () -> {
          for (long tenant : bodies.ids()) {
            render(
                tenant,
                TenantContext.callAsJob(tenant, "vorlagen", papers::publishedWithoutMainFile));
          }
        });
  }

  /**
   * Waits (at most a minute) until every rendering asked for so far is done: the background thread
   * takes its work in order.
   */
  public void awaitRendered() {
    try {
      background.submit(() -> {}).get(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("paper rendering did not finish", e);
    }
  }

  /** Renders and keeps the main file of each published paper that has none. */
  private void render(long tenant, List<Long> paperIds) {
    for (long paperId : paperIds) {
      try {
        TenantContext.callAsJob(
            tenant,
            "vorlagen",
            () ->
                write.execute(
                    tx -> {
                      if (!papers.publishedAmong(List.of(paperId)).isEmpty()
                          && !files.existsByPaperIdAndMainFileTrue(paperId)) {
                        keep(paperId, documents.file(paperId, Format.PDF));
                      }
                      return null;
                    }));
      } catch (RuntimeException e) {
        log.warn("Main file of paper {} not rendered: {}", paperId, e.toString());
      }
    }
  }

  private void keep(long paperId, DocumentFile pdf) {
    Paper paper = papers.findById(paperId).orElseThrow();
    String title = paper.paperType() + " " + paper.reference();
    PaperFile f =
        files.saveAndFlush(
            PaperFile.main(
                paperId,
                title + " (freigegebene Fassung)",
                pdf.name(),
                pdf.contentType(),
                pdf.bytes().length,
                PaperFiles.sha512(pdf.bytes())));
    contents.save(new PaperFileContent(f.getId(), pdf.bytes()));
  }

  @PreDestroy
  void stop() {
    background.shutdownNow();
  }
}
