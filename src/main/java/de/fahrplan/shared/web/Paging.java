package de.fahrplan.shared.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Paging of the API and the list pages: page from 0, size 1–200 (default 50). A page far beyond the
 * last is an empty page, not an error: the page number is capped where its first row would no
 * longer fit in the int that JPA's first result takes.
 */
public final class Paging {

  public static final int MAX_SIZE = 200;

  private Paging() {}

  public static PageRequest of(Integer page, Integer size, Sort sort) {
    int s = size == null || size < 1 ? 50 : Math.min(size, MAX_SIZE);
    int p = page == null || page < 0 ? 0 : Math.min(page, Integer.MAX_VALUE / s - 1);
    return PageRequest.of(p, s, sort);
  }
}
