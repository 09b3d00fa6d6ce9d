package de.fahrplan.strategy;

import de.fahrplan.shared.web.Versioned;
import java.time.LocalDate;

/** Another adopted concept (climate plan, integration concept …) a strategy version refers to. */
public record ConceptLinkView(
    Long id,
    Long versionId,
    String title,
    LocalDate adoptedOn,
    String reference,
    String url,
    long version)
    implements Versioned {}
