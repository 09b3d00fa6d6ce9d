package de.fahrplan.shared.web;

/** A choice in a select: the submitted value and the visible label. */
public record Option(String value, String label) {}
