package de.fahrplan.council;

import de.fahrplan.council.internal.NumberPattern;
import de.fahrplan.council.internal.Paper;
import de.fahrplan.council.internal.PaperRepository;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.Measures;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Lookup;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.Strategies;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Council papers of the current municipality: numbered once, edited while a draft. */
@Service
public class Papers {

  static final String AUDIT_TYPE = "Paper";

  private final PaperRepository papers;
  private final CouncilSettings settings;
  private final PaperNumbers numbers;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final Strategies strategies;
  private final Measures measures;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  Papers(
      PaperRepository papers,
      CouncilSettings settings,
      PaperNumbers numbers,
      OrgUnits orgUnits,
      Persons persons,
      Strategies strategies,
      Measures measures,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.papers = papers;
    this.settings = settings;
    this.numbers = numbers;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.strategies = strategies;
    this.measures = measures;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
  }

  @MemberOnly
  @Lookup
  public PaperView get(long id) {
    return find(id).view();
  }

  /** The paper a number names, e.g. for links from other papers' texts. */
  @MemberOnly
  @Transactional(readOnly = true)
  public java.util.Optional<PaperView> byReference(String reference) {
    return papers.findOwnByReference(reference).map(Paper::view);
  }

  /**
   * The paper's sections (occasion, facts, proposal, financialImpact, organisationalImpact) cut
   * into parts, so that the numbers of other papers of the municipality ("siehe VO/2026/00012")
   * become links; numbers of unknown or deleted papers stay text.
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public Map<String, List<TextPart>> linkedTexts(PaperView p) {
    Pattern finder = new NumberPattern(settings.current().numberPattern()).finder();
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("occasion", p.occasion());
    texts.put("facts", p.facts());
    texts.put("proposal", p.proposal());
    texts.put("financialImpact", p.financialImpact());
    texts.put("organisationalImpact", p.organisationalImpact());
    Set<String> found = new HashSet<>();
    texts.values().stream()
        .filter(Objects::nonNull)
        .forEach(t -> finder.matcher(t).results().forEach(r -> found.add(r.group())));
    found.remove(p.reference());
    Map<String, Long> known = new HashMap<>();
    if (!found.isEmpty()) {
      papers.findOwnByReferences(found).forEach(o -> known.put(o.reference(), o.getId()));
    }
    Map<String, List<TextPart>> parts = new LinkedHashMap<>();
    texts.forEach(
        (section, text) -> {
          if (text != null) {
            parts.put(section, parts(text, finder, known));
          }
        });
    return parts;
  }

  private static List<TextPart> parts(String text, Pattern finder, Map<String, Long> known) {
    List<TextPart> parts = new ArrayList<>();
    Matcher m = finder.matcher(text);
    int last = 0;
    while (m.find()) {
      Long id = known.get(m.group());
      if (id != null) {
        if (m.start() > last) {
          parts.add(new TextPart(text.substring(last, m.start()), null));
        }
        parts.add(new TextPart(m.group(), id));
        last = m.end();
      }
    }
    if (last < text.length()) {
      parts.add(new TextPart(text.substring(last), null));
    }
    return parts;
  }

  /**
   * Creates the paper with the next number of its prefix. Not one transaction: a year's first
   * counter is created before the paper's transaction (see {@link PaperNumbers}).
   */
  @CoordinationOnly
  public PaperView create(PaperInput in) {
    return create(in, reference -> new Paper(reference, in), id -> {});
  }

  /** A generated paper: its origin and the figures computed for it are kept as they are now. */
  @CoordinationOnly
  PaperView createGenerated(
      PaperInput in,
      PaperOrigin origin,
      long originId,
      LocalDate inForceFrom,
      List<PaperTable> figures,
      java.util.function.LongConsumer alsoInTheSameTransaction) {
    return create(
        in,
        reference -> new Paper(reference, in, origin, originId, inForceFrom, figures),
        alsoInTheSameTransaction);
  }

  private PaperView create(
      PaperInput in,
      java.util.function.Function<String, Paper> paper,
      java.util.function.LongConsumer after) {
    CouncilSettingsView s = settings.current();
    NumberPattern pattern = new NumberPattern(s.numberPattern());
    String unitCode = checked(in, s, null, pattern);
    String typeCode = s.type(in.paperType).orElseThrow().code();
    numbers.prepare(pattern, in.date, unitCode, typeCode);
    return tx.execute(
        status -> {
          Paper p =
              papers.saveAndFlush(paper.apply(numbers.next(pattern, in.date, unitCode, typeCode)));
          audit.created(AUDIT_TYPE, p.getId(), p.auditState());
          after.accept(p.getId());
          return p.view();
        });
  }

  /** Changes a draft; a paper a committee has dealt with is refused (paper.frozen). */
  @CoordinationOnly
  @Transactional
  public PaperView update(long id, Long expectedVersion, PaperInput in) {
    Paper p = find(id);
    Versions.check(AUDIT_TYPE, p.getVersion(), expectedVersion);
    if (p.state().frozen()) {
      throw new InvalidInputException(null, "paper.frozen", p.reference());
    }
    checked(in, settings.current(), p.view(), null);
    var before = p.auditState();
    p.apply(in);
    papers.flush();
    audit.changed(AUDIT_TYPE, id, before, p.auditState());
    return p.view();
  }

  /** Marks a draft deleted; its number is not given again. */
  @CoordinationOnly
  @Transactional
  public void delete(long id, Long expectedVersion) {
    Paper p = find(id);
    Versions.check(AUDIT_TYPE, p.getVersion(), expectedVersion);
    p.delete();
    audit.deleted(AUDIT_TYPE, id, p.auditState());
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    find(id);
    return audit.history(AUDIT_TYPE, id);
  }

  Paper find(long id) {
    return papers.findByIdAndDeletedFalse(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
  }

  /**
   * Whether the paper's decision adopts its strategy version: the adoption paper generated from the
   * version and its Ergänzungen (which carry the version on).
   */
  boolean decidesStrategyVersion(Paper paper) {
    if (paper.strategyVersionId() == null) {
      return false;
    }
    PaperView at = paper.view();
    while (at.origin() == PaperOrigin.SUPPLEMENT) {
      at = papers.findById(at.originId()).orElseThrow().view();
    }
    return at.origin() == PaperOrigin.STRATEGY_VERSION;
  }

  /**
   * Checks the input against the municipality's lists and the referenced objects, all at once;
   * answers the lead unit's code for the number. A type or checkbox the paper already had may stay
   * after the list changed.
   */
  private String checked(
      PaperInput in, CouncilSettingsView s, PaperView current, NumberPattern pattern) {
    Rules rules = new Rules();
    Paper.check(rules, in);
    in.checks = in.checks == null ? List.of() : in.checks;
    in.measureIds = in.measureIds == null ? List.of() : List.copyOf(new HashSet<>(in.measureIds));
    in.goalIds = in.goalIds == null ? List.of() : List.copyOf(new HashSet<>(in.goalIds));
    boolean keepsType = current != null && current.paperType().equals(in.paperType);
    rules.check(
        in.paperType == null || keepsType || s.type(in.paperType).isPresent(),
        "paperType",
        "paper.unknownType");
    checkBoxes(in, s, current, rules);
    String unitCode = null;
    if (in.leadUnitId != null) {
      unitCode = exists(rules, "leadUnitId", () -> orgUnits.get(in.leadUnitId).code());
    }
    rules.check(
        pattern == null || !pattern.usesUnit() || in.leadUnitId != null,
        "leadUnitId",
        "paper.unitForNumber");
    if (in.personInChargeId != null) {
      exists(rules, "personInChargeId", () -> persons.get(in.personInChargeId));
    }
    if (in.strategyVersionId != null) {
      exists(rules, "strategyVersionId", () -> strategies.version(in.strategyVersionId));
    }
    for (Long goal : in.goalIds) {
      if (exists(rules, "goalIds", () -> strategies.goal(goal)) == null) {
        break; // one message for the field
      }
    }
    rules.check(
        measures.labels(in.measureIds).keySet().containsAll(in.measureIds),
        "measureIds",
        "validation.unknownReference");
    rules.throwIfAny();
    return unitCode;
  }

  private static void checkBoxes(
      PaperInput in, CouncilSettingsView s, PaperView current, Rules rules) {
    Map<String, PaperCheck> unique = new LinkedHashMap<>();
    Set<String> allowed = new HashSet<>(s.checks());
    if (current != null) {
      current.checks().forEach(c -> allowed.add(c.label()));
    }
    for (PaperCheck c : in.checks) {
      if (c == null || c.label() == null || !allowed.contains(c.label())) {
        rules.add("checks", "paper.unknownCheck", c == null ? "" : String.valueOf(c.label()));
      } else {
        rules.maxLength("checks", c.note(), 500);
        unique.putIfAbsent(c.label(), c);
      }
    }
    in.checks = List.copyOf(unique.values());
  }

  private static <T> String exists(Rules rules, String field, java.util.function.Supplier<T> read) {
    try {
      return String.valueOf(read.get());
    } catch (NotFoundException e) {
      rules.add(field, "validation.unknownReference");
      return null;
    }
  }
}
