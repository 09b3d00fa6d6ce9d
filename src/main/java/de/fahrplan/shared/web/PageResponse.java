package de.fahrplan.shared.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** A page of an API list: items plus paging facts (page numbers start at 0). */
public record PageResponse<T>(
    List<T> items, int page, int size, long totalElements, int totalPages) {

  /**
   * A page of a list that is read whole (the few objects of one parent – a measure's milestones, a
   * version's rounds): every list of the API answers the same shape and takes {@code page} and
   * {@code size} (default 50, at most 200).
   */
  public static <T> PageResponse<T> of(List<T> all, Integer page, Integer size) {
    org.springframework.data.domain.PageRequest paging =
        Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
    int from = (int) Math.min(paging.getOffset(), all.size());
    int to = Math.min(from + paging.getPageSize(), all.size());
    return of(
        new org.springframework.data.domain.PageImpl<>(all.subList(from, to), paging, all.size()),
        x -> x);
  }

  public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
    return new PageResponse<>(
        page.getContent().stream().map(mapper).toList(),
        page.getNumber(),
        page.getSize(),
        page.getTotalElements(),
        page.getTotalPages());
  }
}
