package de.fahrplan.shared;

import java.time.Instant;
import org.springframework.data.domain.Limit;

/**
 * One page of a list of published objects (OParl): the objects after {@code afterId} in id order,
 * at most {@code limit}, created and last changed within the given bounds (null: unbounded).
 */
public record PublicationWindow(
    long afterId,
    int limit,
    Instant createdSince,
    Instant createdUntil,
    Instant modifiedSince,
    Instant modifiedUntil) {

  /**
   * The window as a JPQL condition on the entity aliased {@code x} (with {@code id}, {@code
   * created}, {@code modified}), the window passed as the parameter {@code w}; it ends the query.
   */
  public static final String JPQL =
      """
       and x.id > :#{#w.afterId()}
       and x.created >= :#{#w.createdFrom()} and x.created <= :#{#w.createdTo()}
       and x.modified >= :#{#w.modifiedFrom()} and x.modified <= :#{#w.modifiedTo()}
      order by x.id
      """;

  private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

  public PublicationWindow {
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit);
    }
  }

  public Instant createdFrom() {
    return createdSince == null ? EARLIEST : createdSince;
  }

  public Instant createdTo() {
    return createdUntil == null ? LATEST : createdUntil;
  }

  public Instant modifiedFrom() {
    return modifiedSince == null ? EARLIEST : modifiedSince;
  }

  public Instant modifiedTo() {
    return modifiedUntil == null ? LATEST : modifiedUntil;
  }

  /**
   * Deleted objects are listed only to a client that asks for the changes since a time (OParl 1.1,
   * 2.4): a full crawl never sees them.
   */
  public boolean withDeleted() {
    return modifiedSince != null;
  }

  /** The same window after another id (a list that continues in another table). */
  public PublicationWindow after(long id) {
    return new PublicationWindow(
        id, limit, createdSince, createdUntil, modifiedSince, modifiedUntil);
  }

  /** One more than the page, so that the caller knows whether a next page exists. */
  public Limit oneMore() {
    return Limit.of(limit + 1);
  }
}
