package de.fahrplan.council;

/** One of the municipality's checkboxes ticked on a paper, with an optional note. */
public record PaperCheck(String label, String note) {}
