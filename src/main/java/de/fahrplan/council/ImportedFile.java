package de.fahrplan.council;

/**
 * A file of an imported paper as the Ratsinformationssystem describes it (OParl File): only its
 * metadata is kept, the RIS serves the content.
 */
public record ImportedFile(
    String name,
    String fileName,
    String mimeType,
    Long size,
    String accessUrl,
    String downloadUrl) {}
