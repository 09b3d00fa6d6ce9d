package de.fahrplan.council;

import de.fahrplan.shared.web.Versioned;
import java.time.Instant;

/**
 * An uploaded Anlage of a paper (OParl File): its title, the file's name, the type found in its
 * bytes, size and SHA-512 checksum (hex); {@code mainFile}: not an Anlage but the paper's own
 * document as released.
 */
public record PaperFileView(
    Long id,
    Long paperId,
    String title,
    String fileName,
    String mimeType,
    long size,
    String sha512,
    boolean mainFile,
    Instant created,
    Instant modified,
    long version)
    implements Versioned {}
