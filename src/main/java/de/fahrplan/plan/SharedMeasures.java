package de.fahrplan.plan;

import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.MemberOnly;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inter-municipal measures seen by their partner: the measures of other municipalities' plans in
 * force that name this municipality as partner, read-only, with this municipality's share of the
 * money per budget year. The one deliberate exception to tenant isolation: these reads cross the
 * municipalities' border (plain SQL past Hibernate's tenant filter), and only for measures whose
 * partner is the signed-in municipality – nothing else of the lead municipality is read.
 */
@Service
public class SharedMeasures {

  /** A shared measure as its partner sees it. */
  public record SharedMeasureView(
      Long id,
      String leadMunicipality,
      String code,
      String title,
      MeasureStatus status,
      LocalDate plannedStart,
      LocalDate plannedEnd,
      LocalDate actualStart,
      LocalDate actualEnd,
      BigDecimal costShare,
      List<ShareYear> money) {

    public String label() {
      return code + " – " + title;
    }
  }

  /** The measure's money of one budget year and this partner's share of it. */
  public record ShareYear(int year, BigDecimal money, BigDecimal share) {}

  private static final String SHARED =
      "select m.id, b.name, m.code, m.title, m.status, m.planned_start, m.planned_end,"
          + " m.actual_start, m.actual_end, p.cost_share"
          + " from measure_partner p"
          + " join measure m on m.id = p.measure_id"
          + " join strategy_version v on v.id = m.strategy_version_id"
          + " join body b on b.id = m.tenant_id"
          + " where p.partner_body_id = ? and m.tenant_id <> ? and v.status = 'IN_FORCE'";

  private final JdbcTemplate jdbc;

  SharedMeasures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The measures other municipalities share with this one, by lead municipality and code. */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<SharedMeasureView> withUs() {
    long me = TenantContext.requireTenantId();
    return views(jdbc.query(SHARED + " order by b.name, m.code", this::row, me, me));
  }

  /** One of them; 404 for every measure not shared with this municipality. */
  @MemberOnly
  @Transactional(readOnly = true)
  public SharedMeasureView get(long measureId) {
    long me = TenantContext.requireTenantId();
    List<SharedMeasureView> found =
        views(jdbc.query(SHARED + " and m.id = ?", this::row, me, me, measureId));
    if (found.isEmpty()) {
      throw new NotFoundException("Measure");
    }
    return found.get(0);
  }

  /**
   * This municipality's shares of the money of measures shared with it, per budget year – its
   * "Partneranteil" in its own resource table.
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<Integer, BigDecimal> oursElsewhere() {
    Map<Integer, BigDecimal> perYear = new TreeMap<>();
    for (SharedMeasureView m : withUs()) {
      m.money().forEach(y -> perYear.merge(y.year(), y.share(), BigDecimal::add));
    }
    return perYear;
  }

  private Object[] row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Object[] {
      rs.getLong(1),
      rs.getString(2),
      rs.getString(3),
      rs.getString(4),
      MeasureStatus.valueOf(rs.getString(5)),
      date(rs.getDate(6)),
      date(rs.getDate(7)),
      date(rs.getDate(8)),
      date(rs.getDate(9)),
      rs.getBigDecimal(10)
    };
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private List<SharedMeasureView> views(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<Integer, BigDecimal>> money = new LinkedHashMap<>();
    new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc)
        .query(
            "select measure_id, budget_year, sum(consumptive + investive) from resource_entry"
                + " where measure_id in (:ids) group by measure_id, budget_year",
            Map.of("ids", rows.stream().map(r -> (Long) r[0]).toList()),
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                  money
                      .computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                      .put(rs.getInt(2), rs.getBigDecimal(3));
                });
    List<SharedMeasureView> views = new ArrayList<>();
    for (Object[] r : rows) {
      BigDecimal share = (BigDecimal) r[9];
      List<ShareYear> years = new ArrayList<>();
      money
          .getOrDefault((Long) r[0], Map.of())
          .forEach(
              (year, amount) ->
                  years.add(
                      new ShareYear(
                          year,
                          amount,
                          share == null
                              ? BigDecimal.ZERO.setScale(2)
                              : amount
                                  .multiply(share)
                                  .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP))));
      views.add(
          new SharedMeasureView(
              (Long) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (MeasureStatus) r[4],
              (LocalDate) r[5],
              (LocalDate) r[6],
              (LocalDate) r[7],
              (LocalDate) r[8],
              share,
              years));
    }
    return views;
  }
}
