package de.fahrplan.council.internal;

import de.fahrplan.council.ImportedPaper;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.persistence.TenantRevisions;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts the new steps of imported Beratungsfolgen as one JDBC batch in the import's transaction:
 * with identity ids Hibernate sends one statement per row, and a RIS page of 100 papers brings
 * about 300 steps (ADR 0026). The row is the one {@link Consultation#refresh} describes (role by
 * {@link Consultation#roleOf}); changed steps are updated through the entity.
 */
@Component
public class ImportedConsultations {

  /** One new step: its paper, place in the order, the step as read, and its meeting if known. */
  public record NewStep(
      long paperId,
      int position,
      ImportedPaper.Consultation step,
      Long meetingId,
      LocalDate date) {}

  private static final String INSERT =
      "insert into consultation (tenant_id, paper_id, position, organization_id, meeting_date,"
          + " meeting_id, public_session, role, deleted, created, modified, version, external_id)"
          + " values (?, ?, ?, ?, ?, ?, true, ?, false, ?, ?, 0, ?)";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final TenantRevisions revisions;

  ImportedConsultations(JdbcTemplate jdbc, Clock clock, TenantRevisions revisions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.revisions = revisions;
  }

  public void insert(List<NewStep> steps) {
    if (steps.isEmpty()) {
      return;
    }
    long tenant = TenantContext.requireTenantId();
    revisions.changedInThisTransaction(tenant);
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.batchUpdate(
        INSERT,
        steps,
        steps.size(),
        (ps, s) -> {
          ps.setLong(1, tenant);
          ps.setLong(2, s.paperId());
          ps.setInt(3, s.position());
          ps.setLong(4, s.step().organizationId());
          if (s.date() == null) {
            ps.setNull(5, Types.DATE);
          } else {
            ps.setDate(5, Date.valueOf(s.date()));
          }
          if (s.meetingId() == null) {
            ps.setNull(6, Types.BIGINT);
          } else {
            ps.setLong(6, s.meetingId());
          }
          ps.setString(7, Consultation.roleOf(s.step()).name());
          ps.setTimestamp(8, now);
          ps.setTimestamp(9, now);
          ps.setString(10, s.step().externalId());
        });
  }
}
