package de.fahrplan.council;

import de.fahrplan.council.internal.FileTypes;
import de.fahrplan.council.internal.Paper;
import de.fahrplan.council.internal.PaperFile;
import de.fahrplan.council.internal.PaperFileContent;
import de.fahrplan.council.internal.PaperFileContentRepository;
import de.fahrplan.council.internal.PaperFileRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Lookup;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.Downloads;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded Anlagen of papers (OParl File). A file is taken only when its bytes are a PDF,
 * OpenDocument, Office Open XML, image or text file and agree with its name's ending, up to the
 * configured size; it is always served for download with the type found in it.
 */
@Service
public class PaperFiles {

  static final String AUDIT_TYPE = "PaperFile";

  /** A file's bytes with the name and type to serve them under. */
  public record Content(String fileName, String mimeType, byte[] bytes) {

    /** Always a download, never shown inline, with the type found in the bytes. */
    public ResponseEntity<byte[]> asAttachment() {
      return Downloads.attachment(MediaType.parseMediaType(mimeType), fileName, bytes);
    }
  }

  private final PaperFileRepository files;
  private final PaperFileContentRepository contents;
  private final Papers papers;
  private final AuditLog audit;
  private final DataSize maxSize;

  PaperFiles(
      PaperFileRepository files,
      PaperFileContentRepository contents,
      Papers papers,
      AuditLog audit,
      @Value("${fahrplan.council.max-attachment-size:10MB}") DataSize maxSize) {
    this.files = files;
    this.contents = contents;
    this.papers = papers;
    this.audit = audit;
    this.maxSize = maxSize;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<PaperFileView> ofPaper(long paperId) {
    papers.find(paperId);
    return files.findByPaperIdAndMainFileFalseAndDeletedFalseOrderByIdAsc(paperId).stream()
        .map(PaperFile::view)
        .toList();
  }

  /** The largest file taken, in whole megabytes. */
  public long maxMegabytes() {
    return maxSize.toMegabytes();
  }

  @MemberOnly
  @Lookup
  public PaperFileView get(long id) {
    return find(id).view();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public Content content(long id) {
    PaperFileView f = find(id).view();
    byte[] bytes =
        contents.findById(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE)).content();
    return new Content(f.fileName(), f.mimeType(), bytes);
  }

  /**
   * Adds an Anlage to a paper not yet fixed by a result. {@code title} empty: the file's name
   * without its ending.
   */
  @CoordinationOnly
  @Transactional
  public PaperFileView upload(long paperId, String title, String fileName, byte[] bytes) {
    return store(paperId, title, fileName, bytes);
  }

  /** {@link #upload} for whoever the caller allowed (a statement's answer "als Anlage"). */
  PaperFileView store(long paperId, String title, String fileName, byte[] bytes) {
    Paper paper = papers.find(paperId);
    if (paper.state().frozen()) {
      throw new InvalidInputException(null, "paper.frozen", paper.reference());
    }
    String name = baseName(fileName);
    String shownTitle = title == null || title.isBlank() ? withoutEnding(name) : title.strip();
    Rules rules = new Rules().required("file", name).maxLength("title", shownTitle, 300);
    rules.maxLength("file", name, 255);
    rules.check(bytes != null && bytes.length > 0, "file", "paperFile.empty");
    rules.throwIfAny();
    if (bytes.length > maxSize.toBytes()) {
      throw new InvalidInputException(
          "file", "paperFile.tooLarge", name, String.valueOf(maxSize.toMegabytes()));
    }
    String type = FileTypes.detect(bytes, name);
    if (!FileTypes.allowed(type)) {
      throw new InvalidInputException("file", "paperFile.typeNotAllowed", name, type);
    }
    if (!FileTypes.matches(type, FileTypes.claimed(name))) {
      throw new InvalidInputException("file", "paperFile.typeMismatch", name, type);
    }
    PaperFile f =
        files.saveAndFlush(
            new PaperFile(paperId, shownTitle, name, type, bytes.length, sha512(bytes)));
    contents.save(new PaperFileContent(f.getId(), bytes));
    audit.created(AUDIT_TYPE, f.getId(), f.auditState());
    return f.view();
  }

  /** Removes an Anlage of a paper not yet fixed; its bytes are kept (OParl: deleted). */
  @CoordinationOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    PaperFile f = find(id);
    Versions.check(AUDIT_TYPE, f.getVersion(), expectedVersion);
    Paper paper = papers.find(f.paperId());
    if (paper.state().frozen()) {
      throw new InvalidInputException(null, "paper.frozen", paper.reference());
    }
    f.delete();
    audit.deleted(AUDIT_TYPE, id, f.auditState());
  }

  private PaperFile find(long id) {
    PaperFile f =
        files.findByIdAndDeletedFalse(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
    papers.find(f.paperId());
    return f;
  }

  /** The name without any path a browser may send along. */
  private static String baseName(String fileName) {
    if (fileName == null) {
      return null;
    }
    String name =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    return name.isBlank() ? null : name.strip();
  }

  private static String withoutEnding(String name) {
    if (name == null) {
      return null;
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  static String sha512(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-512", e);
    }
  }
}
