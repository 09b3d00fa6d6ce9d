package de.fahrplan.council;

import de.fahrplan.council.internal.NumberPattern;
import de.fahrplan.council.internal.PaperSettings;
import de.fahrplan.council.internal.PaperSettingsRepository;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's number pattern, paper types and checkboxes for papers. */
@Service
public class CouncilSettings {

  static final String AUDIT_TYPE = "CouncilSettings";

  public static final String DEFAULT_PATTERN = "VO/{yyyy}/{nnnnn}";

  public static final String DEFAULT_TYPES =
      """
      Beschlussvorlage; BV; Beschluss
      Mitteilungsvorlage; MV
      Informationsvorlage; IV
      Bericht; B
      Antrag; A; Beschluss
      Anfrage; AF""";

  public static final String DEFAULT_CHECKS =
      """
      Beteiligung von Kindern und Jugendlichen gem. § 47 f GO
      neu / freiwillig / vorgeschrieben durch …
      inklusionsrelevant
      klimarelevant""";

  private final PaperSettingsRepository settings;
  private final OrgUnits orgUnits;
  private final Organizations organizations;
  private final AuditLog audit;

  CouncilSettings(
      PaperSettingsRepository settings,
      OrgUnits orgUnits,
      Organizations organizations,
      AuditLog audit) {
    this.settings = settings;
    this.orgUnits = orgUnits;
    this.organizations = organizations;
    this.audit = audit;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public CouncilSettingsView current() {
    return settings
        .findFirstBy()
        .map(
            s ->
                view(
                    s.numberPattern(),
                    s.paperTypes(),
                    s.checkOptions(),
                    s.alwaysAsked(),
                    s.getVersion() + 1))
        .orElse(view(DEFAULT_PATTERN, DEFAULT_TYPES, DEFAULT_CHECKS, null, 0));
  }

  /** The type of generated Beschlussvorlagen: "Beschlussvorlage", else the first decision type. */
  @MemberOnly
  @Transactional(readOnly = true)
  public String decisionType() {
    CouncilSettingsView s = current();
    return s.type("Beschlussvorlage")
        .or(() -> s.types().stream().filter(PaperType::decision).findFirst())
        .map(PaperType::name)
        .orElseThrow(() -> new InvalidInputException("paperType", "paper.noDecisionType"));
  }

  /** The type of generated report papers: "Mitteilungsvorlage", else the first other type. */
  @MemberOnly
  @Transactional(readOnly = true)
  public String noticeType() {
    CouncilSettingsView s = current();
    return s.type("Mitteilungsvorlage")
        .or(() -> s.types().stream().filter(t -> !t.decision()).findFirst())
        .map(PaperType::name)
        .orElseThrow(() -> new InvalidInputException("paperType", "paper.noNoticeType"));
  }

  /** Replaces the settings; {@code expectedVersion} is the version of the view the client read. */
  @AdminOnly
  @Transactional
  public CouncilSettingsView update(Long expectedVersion, CouncilSettingsInput in) {
    CouncilSettingsView before = current();
    Versions.check(AUDIT_TYPE, before.version(), expectedVersion);
    Rules rules = new Rules();
    NumberPattern.check(rules, "numberPattern", in.numberPattern);
    rules
        .required("paperTypes", in.paperTypes)
        .maxLength("paperTypes", in.paperTypes, 4000)
        .maxLength("checkOptions", in.checkOptions, 4000);
    List<PaperType> types = types(in.paperTypes, rules);
    Map<String, Long> committees = committees();
    types.stream()
        .flatMap(t -> t.sequence().stream())
        .map(PaperType.SequenceStep::committee)
        .distinct()
        .filter(c -> !committees.containsKey(c))
        .forEach(c -> rules.add("paperTypes", "council.unknownCommittee", c));
    rules.maxLength("alwaysAsked", in.alwaysAsked, 2000);
    Set<String> codes = new HashSet<>();
    orgUnits.tree().forEach(u -> codes.add(u.code()));
    lines(in.alwaysAsked).stream()
        .filter(code -> !codes.contains(code))
        .forEach(code -> rules.add("alwaysAsked", "council.unknownUnit", code));
    rules.throwIfAny();
    String askedLines = String.join("\n", lines(in.alwaysAsked));
    String typeLines = String.join("\n", types.stream().map(PaperType::line).toList());
    String checkLines = String.join("\n", lines(in.checkOptions));
    PaperSettings s = settings.findFirstBy().orElse(null);
    if (s == null) {
      s =
          settings.save(
              new PaperSettings(in.numberPattern.strip(), typeLines, checkLines, askedLines));
    } else {
      s.apply(in.numberPattern.strip(), typeLines, checkLines, askedLines);
    }
    settings.flush();
    CouncilSettingsView after = current();
    audit.changed(AUDIT_TYPE, s.getId(), state(before), state(after));
    return after;
  }

  private static CouncilSettingsView view(
      String pattern, String types, String checks, String asked, long v) {
    return new CouncilSettingsView(
        pattern, types(types, new Rules()), lines(checks), lines(asked), v);
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
  }

  /**
   * "Name; Kürzel[; Beschluss][; Beratungsfolge]" per line, the Beratungsfolge as "Senat (N) → HA →
   * Bürgerschaft"; a broken line is named by its number.
   */
  private static List<PaperType> types(String text, Rules rules) {
    List<PaperType> types = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<String> lines = text == null ? List.of() : text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split(";", -1);
      String name = parts[0].strip();
      String code = parts.length > 1 ? parts[1].strip() : "";
      boolean decision = parts.length > 2 && parts[2].strip().equalsIgnoreCase("Beschluss");
      int sequenceAt = decision ? 3 : 2;
      List<PaperType.SequenceStep> sequence =
          parts.length > sequenceAt ? sequence(parts[sequenceAt]) : List.of();
      boolean ok =
          !name.isEmpty()
              && !code.isEmpty()
              && parts.length <= sequenceAt + 1
              && sequence != null
              && name.length() <= 100
              && code.length() <= 20;
      if (!ok) {
        rules.add("paperTypes", "council.typeLine", String.valueOf(i + 1));
      } else if (!names.add(name)) {
        rules.add("paperTypes", "council.typeTwice", name);
      } else {
        types.add(new PaperType(name, code, decision, sequence));
      }
    }
    return types;
  }

  private static final Pattern STEP = Pattern.compile("(.+?)\\s*(\\((N|Ö)\\))?");

  /** "Senat (N) → HA → Bürgerschaft" ("->" and ">" too); null when a step is empty. */
  private static List<PaperType.SequenceStep> sequence(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    List<PaperType.SequenceStep> steps = new ArrayList<>();
    for (String token : text.split("→|->|>", -1)) {
      Matcher m = STEP.matcher(token.strip());
      if (!m.matches()) {
        return null;
      }
      steps.add(new PaperType.SequenceStep(m.group(1).strip(), !"N".equals(m.group(3))));
    }
    return steps;
  }

  /**
   * The usual Beratungsfolge of a paper type as steps without dates; a committee that no longer
   * exists by that name is refused, named.
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<ConsultationInput> sequenceOf(String paperType) {
    PaperType type = current().type(paperType).orElse(null);
    if (type == null) {
      return List.of();
    }
    Map<String, Long> committees = committees();
    List<ConsultationInput> steps = new ArrayList<>();
    for (int i = 0; i < type.sequence().size(); i++) {
      PaperType.SequenceStep s = type.sequence().get(i);
      Long id = committees.get(s.committee());
      if (id == null) {
        throw new InvalidInputException(null, "council.unknownCommittee", s.committee());
      }
      ConsultationInput step = new ConsultationInput();
      step.organizationId = id;
      step.publicSession = s.publicSession();
      step.role = type.roleAt(i);
      steps.add(step);
    }
    return steps;
  }

  /** The municipality's committees by name and by short name. */
  private Map<String, Long> committees() {
    Map<String, Long> byName = new HashMap<>();
    organizations
        .search(null, PageRequest.of(0, 1000))
        .forEach(
            o -> {
              byName.put(o.name(), o.id());
              if (o.shortName() != null) {
                byName.put(o.shortName(), o.id());
              }
            });
    return byName;
  }

  private static Map<String, Object> state(CouncilSettingsView v) {
    return AuditLog.state(
        "numberPattern", v.numberPattern(),
        "paperTypes", v.paperTypes(),
        "checkOptions", v.checkOptions(),
        "alwaysAsked", v.alwaysAskedCodes());
  }
}
