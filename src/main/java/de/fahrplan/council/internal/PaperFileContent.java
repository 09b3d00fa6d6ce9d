package de.fahrplan.council.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded Anlage, read only to download it. */
@Entity
@Table(name = "paper_file_content")
public class PaperFileContent {

  @Id private Long fileId;
  private byte[] content;

  protected PaperFileContent() {}

  public PaperFileContent(Long fileId, byte[] content) {
    this.fileId = fileId;
    this.content = content.clone();
  }

  public byte[] content() {
    return content.clone();
  }
}
