package de.fahrplan.council;

/** A piece of a paper's text; {@code paperId} when the piece is the number of a known paper. */
public record TextPart(String text, Long paperId) {}
