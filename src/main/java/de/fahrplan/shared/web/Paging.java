package de.fahrplan.shared.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** API paging: page from 0, size 1–200 (default 50). */
public final class Paging {

  public static final int MAX_SIZE = 200;

  private Paging() {}

  public static PageRequest of(Integer page, Integer size, Sort sort) {
    int p = page == null || page < 0 ? 0 : page;
    int s = size == null || size < 1 ? 50 : Math.min(size, MAX_SIZE);
    return PageRequest.of(p, s, sort);
  }
}
