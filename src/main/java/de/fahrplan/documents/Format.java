package de.fahrplan.documents;

/** The file formats a document is written in. */
public enum Format {
  PDF("pdf", "application/pdf"),
  ODT("odt", "application/vnd.oasis.opendocument.text"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final String extension;
  private final String contentType;

  Format(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  /** "Fortschrittsbericht-2026-Q1.pdf": the name with characters safe in every file system. */
  public String fileName(String name) {
    return name.replaceAll("[^A-Za-z0-9äöüÄÖÜß-]", "-") + "." + extension;
  }
}
