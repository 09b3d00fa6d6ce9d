package de.fahrplan.shared.web;

/** A labelled link, e.g. one step of the breadcrumbs. */
public record Link(String label, String href) {}
