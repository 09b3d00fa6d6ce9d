package de.fahrplan.council;

import java.util.List;

/**
 * A table of figures in a paper, computed once when the paper was generated and kept as it was: the
 * first column names the row; {@code numeric}: the others are numbers (aligned right).
 */
public record PaperTable(
    String caption, List<String> head, List<List<String>> rows, boolean numeric) {}
