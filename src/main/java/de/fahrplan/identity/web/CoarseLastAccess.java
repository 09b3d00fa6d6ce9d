package de.fahrplan.identity.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The session store as the session filter sees it: a session's last access is written when it is a
 * minute old, not on every request (ADR 0028). Spring Session marks a session changed whenever the
 * filter sets the request's time, so every page view would write the session row and commit – on a
 * page that reads nothing else the largest single cost. A session may therefore expire up to a
 * minute before its eight hours of inactivity are over; attributes and a new id are written as
 * before.
 *
 * <p>Right after saving a session the filter looks it up again, only to see whether the requested
 * id is still valid: that look-up gets the session just saved instead of a second read of the row
 * (a transaction and a deserialisation of the security context on every page). The saved session
 * serves that one look-up of the same request only: {@link RequestScope}, around the session
 * filter, forgets it when the request is done.
 */
class CoarseLastAccess implements SessionRepository<CoarseLastAccess.Coarse> {

  static final Duration PRECISION = Duration.ofMinutes(1);

  /** The session this thread saved last, for the filter's look-up right after the save. */
  private static final ThreadLocal<Coarse> SAVED = new ThreadLocal<>();

  private final SessionRepository<Session> sessions;

  /** The JDBC store: its sessions are of a class it keeps to itself, so they go as Session. */
  @SuppressWarnings("unchecked")
  CoarseLastAccess(SessionRepository<? extends Session> sessions) {
    this.sessions = (SessionRepository<Session>) sessions;
  }

  @Override
  public Coarse createSession() {
    return new Coarse(sessions.createSession());
  }

  @Override
  public void save(Coarse session) {
    sessions.save(session.stored);
    SAVED.set(session);
  }

  @Override
  public Coarse findById(String id) {
    Coarse saved = SAVED.get();
    SAVED.remove();
    if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
      return saved;
    }
    Session found = sessions.findById(id);
    return found == null ? null : new Coarse(found);
  }

  /** Runs around the session filter: what {@link #save} keeps ends with the request. */
  static final class RequestScope implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      try {
        chain.doFilter(request, response);
      } finally {
        SAVED.remove();
      }
    }
  }

  @Override
  public void deleteById(String id) {
    SAVED.remove();
    sessions.deleteById(id);
  }

  /** A stored session whose last access moves in steps of {@link #PRECISION}. */
  static final class Coarse implements Session {

    private final Session stored;

    private Coarse(Session stored) {
      this.stored = stored;
    }

    @Override
    public void setLastAccessedTime(Instant time) {
      if (!time.isBefore(stored.getLastAccessedTime().plus(PRECISION))) {
        stored.setLastAccessedTime(time);
      }
    }

    @Override
    public String getId() {
      return stored.getId();
    }

    @Override
    public String changeSessionId() {
      return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String name) {
      return stored.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
      return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
      stored.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
      stored.removeAttribute(name);
    }

    @Override
    public Instant getCreationTime() {
      return stored.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
      return stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return stored.isExpired();
    }
  }
}
