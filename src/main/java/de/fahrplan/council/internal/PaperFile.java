package de.fahrplan.council.internal;

import de.fahrplan.council.PaperFileView;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * The metadata of an uploaded Anlage, or of the paper's own document as released (its main file);
 * its bytes are a {@link PaperFileContent}.
 */
@Entity
@Table(name = "paper_file")
public class PaperFile extends TenantEntity {

  private Long paperId;
  private String title;
  private String fileName;
  private String mimeType;

  @Column(name = "size_bytes")
  private long size;

  private String sha512;
  private boolean deleted;
  private boolean mainFile;
  @CreationTimestamp private Instant created;
  @UpdateTimestamp private Instant modified;

  protected PaperFile() {}

  /** The caller has checked the file (see {@code FileTypes}). */
  public PaperFile(
      long paperId, String title, String fileName, String mimeType, long size, String sha512) {
    this.paperId = paperId;
    this.title = title;
    this.fileName = fileName;
    this.mimeType = mimeType;
    this.size = size;
    this.sha512 = sha512;
  }

  /** The paper's own document as released: rendered by Fahrplan, not uploaded. */
  public static PaperFile main(
      long paperId, String title, String fileName, String mimeType, long size, String sha512) {
    PaperFile f = new PaperFile(paperId, title, fileName, mimeType, size, sha512);
    f.mainFile = true;
    return f;
  }

  public boolean isMain() {
    return mainFile;
  }

  public void delete() {
    this.deleted = true;
  }

  public boolean isDeleted() {
    return deleted;
  }

  public Instant modified() {
    return modified;
  }

  public Long paperId() {
    return paperId;
  }

  public PaperFileView view() {
    return new PaperFileView(
        getId(),
        paperId,
        title,
        fileName,
        mimeType,
        size,
        sha512,
        mainFile,
        created,
        modified,
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "title", title, "fileName", fileName, "mimeType", mimeType, "size", size, "sha512", sha512);
  }
}
