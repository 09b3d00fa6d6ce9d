package de.fahrplan.council;

import java.util.List;

/**
 * A table of figures in a paper, computed once when the paper was generated and kept as it was: the
 * first column names the row, the others are numbers.
 */
public record PaperTable(String caption, List<String> head, List<List<String>> rows) {}
