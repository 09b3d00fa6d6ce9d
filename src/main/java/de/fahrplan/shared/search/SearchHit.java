package de.fahrplan.shared.search;

/**
 * One object found: its kind (a message key such as {@code search.kind.measure}), how it is named,
 * its page and a line of context (may be null).
 */
public record SearchHit(String kindKey, String label, String href, String context) {}
