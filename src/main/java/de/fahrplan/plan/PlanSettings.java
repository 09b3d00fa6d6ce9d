package de.fahrplan.plan;

import de.fahrplan.plan.PlanSettingsInput.CriterionInput;
import de.fahrplan.plan.internal.Criterion;
import de.fahrplan.plan.internal.CriterionRepository;
import de.fahrplan.plan.internal.Settings;
import de.fahrplan.plan.internal.SettingsRepository;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TransactionMemo;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's planning settings: horizon thresholds and the weighted priority criteria.
 * Until the municipality saves its own, the defaults apply.
 */
@Service
public class PlanSettings {

  static final String AUDIT_TYPE = "PlanSettings";
  static final int MAX_CRITERIA = 12;
  static final int MAX_WEIGHT = 10;

  /** The defaults named in the issue; built-in keys stay (weight 0 switches one off). */
  public static final List<CriterionView> DEFAULT_CRITERIA =
      List.of(
          new CriterionView(
              "LEGAL",
              "Rechtliche Verpflichtung (z. B. OZG, EU-Dienstleistungsrichtlinie)",
              CriterionAxis.OTHER,
              3),
          new CriterionView(
              "CITIZENS",
              "Nutzen für Bürgerinnen, Bürger und Unternehmen",
              CriterionAxis.BENEFIT,
              3),
          new CriterionView(
              "ADMINISTRATION", "Nutzen für die Verwaltung", CriterionAxis.BENEFIT, 2),
          new CriterionView("EFFORT", "Aufwand", CriterionAxis.EFFORT, 2),
          new CriterionView("URGENCY", "Dringlichkeit", CriterionAxis.OTHER, 2),
          new CriterionView(
              CriterionView.DEPENDANTS, "Anzahl abhängiger Maßnahmen", CriterionAxis.OTHER, 1));

  private static final Set<String> BUILT_IN =
      Set.copyOf(DEFAULT_CRITERIA.stream().map(CriterionView::key).toList());

  private final SettingsRepository settings;
  private final CriterionRepository criteria;
  private final AuditLog audit;

  PlanSettings(SettingsRepository settings, CriterionRepository criteria, AuditLog audit) {
    this.settings = settings;
    this.criteria = criteria;
    this.audit = audit;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public PlanSettingsView current() {
    return TransactionMemo.of(AUDIT_TYPE, this::read);
  }

  private PlanSettingsView read() {
    List<CriterionView> stored =
        criteria.findAllByOrderByPositionAsc().stream().map(Criterion::view).toList();
    return settings
        .findFirstBy()
        .map(
            s ->
                new PlanSettingsView(
                    s.shortYears(),
                    s.midYears(),
                    stored.isEmpty() ? DEFAULT_CRITERIA : stored,
                    s.getVersion() + 1))
        .orElse(
            new PlanSettingsView(
                Horizon.SHORT_YEARS,
                Horizon.MID_YEARS,
                stored.isEmpty() ? DEFAULT_CRITERIA : stored,
                0));
  }

  /**
   * Replaces the settings. {@code expectedVersion} is the {@link PlanSettingsView#version()} the
   * client read.
   */
  @CoordinationOnly
  @Transactional
  public PlanSettingsView update(Long expectedVersion, PlanSettingsInput in) {
    PlanSettingsView before = current();
    Versions.check(AUDIT_TYPE, before.version(), expectedVersion);
    List<CriterionView> list = checked(in.criteria);
    Settings s = settings.findFirstBy().orElse(null);
    if (s == null) {
      s = settings.save(new Settings(in.shortYears, in.midYears));
    } else {
      s.apply(in.shortYears, in.midYears);
    }
    criteria.deleteAllInBatch(criteria.findAllByOrderByPositionAsc());
    for (int i = 0; i < list.size(); i++) {
      criteria.save(new Criterion(list.get(i), i));
    }
    settings.flush();
    TransactionMemo.forget(AUDIT_TYPE);
    PlanSettingsView after = current();
    audit.changed(AUDIT_TYPE, s.getId(), state(before), state(after));
    return after;
  }

  private static List<CriterionView> checked(List<CriterionInput> rows) {
    Rules rules = new Rules();
    List<CriterionView> result = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    int next = 1;
    List<CriterionInput> given = rows == null ? List.of() : rows;
    for (int i = 0; i < given.size(); i++) {
      CriterionInput c = given.get(i);
      boolean blank = c.name == null || c.name.isBlank();
      boolean builtIn = c.key != null && BUILT_IN.contains(c.key);
      if (blank && !builtIn) {
        continue; // an empty row of the form, or a custom criterion removed
      }
      String field = "criteria[" + i + "]";
      rules
          .required(field + ".name", blank ? null : c.name)
          .maxLength(field + ".name", c.name, 200)
          .required(field + ".axis", c.axis)
          .required(field + ".weight", c.weight)
          .check(
              c.weight == null || (c.weight >= 0 && c.weight <= MAX_WEIGHT),
              field + ".weight",
              "settings.weightRange",
              String.valueOf(MAX_WEIGHT));
      String key = c.key == null || c.key.isBlank() ? null : c.key;
      while (key == null || keys.contains(key)) {
        key = "C" + next++;
      }
      keys.add(key);
      result.add(
          new CriterionView(
              key, blank ? "" : c.name.trim(), c.axis, c.weight == null ? 0 : c.weight));
    }
    rules.check(
        result.size() <= MAX_CRITERIA,
        "criteria",
        "settings.tooMany",
        String.valueOf(MAX_CRITERIA));
    rules.check(keys.containsAll(BUILT_IN), "criteria", "settings.builtInMissing");
    rules.throwIfAny();
    return result;
  }

  private static Map<String, Object> state(PlanSettingsView v) {
    return AuditLog.state(
        "shortYears",
        v.shortYears(),
        "midYears",
        v.midYears(),
        "criteria",
        v.criteria().stream()
            .map(c -> c.name() + " (" + c.axis() + ", " + c.weight() + ")")
            .toList());
  }
}
