package de.fahrplan.organisation;

import de.fahrplan.organisation.internal.OrgUnit;
import de.fahrplan.organisation.internal.OrgUnitRepository;
import de.fahrplan.organisation.internal.Person;
import de.fahrplan.organisation.internal.PersonRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.InvalidInputException.Violation;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.tabular.TableReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports org units and persons from CSV or XLSX: first a preview with every row's errors, then
 * all-or-nothing. Org units are matched by code, persons by e-mail, so importing the same file
 * again updates instead of duplicating. The row rules are the entities' own rules.
 */
@Service
public class OrganisationImport {

  /** Import result. */
  public record Result(int created, int updated) {}

  private static final Map<ImportKind, List<Column>> COLUMNS =
      Map.of(
          ImportKind.ORG_UNITS,
          List.of(
              new Column("code", true, "Kennung", "Code", "Kürzel", "Nummer"),
              new Column("name", true, "Bezeichnung", "Name"),
              new Column("parent", false, "Übergeordnet", "Übergeordnete Einheit", "Parent"),
              new Column("validFrom", false, "Gültig ab", "Valid from"),
              new Column("validUntil", false, "Gültig bis", "Valid until")),
          ImportKind.PERSONS,
          List.of(
              new Column("title", false, "Titel", "Title"),
              new Column("givenName", true, "Vorname", "Given name", "First name"),
              new Column("familyName", true, "Nachname", "Name", "Family name", "Last name"),
              new Column("jobFunction", false, "Funktion", "Function", "Position"),
              new Column("email", false, "E-Mail", "EMail", "Mail", "Email"),
              new Column("phone", false, "Telefon", "Phone", "Tel"),
              new Column("orgUnit", false, "Organisationseinheit", "Einheit", "Org unit", "OE")));

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ISO_LOCAL_DATE);

  /** A column: field name, required, and the header texts that name it. */
  record Column(String field, boolean required, String... headers) {}

  private final OrgUnitRepository units;
  private final PersonRepository persons;
  private final OrgUnits orgUnits;
  private final Persons personService;

  OrganisationImport(
      OrgUnitRepository units, PersonRepository persons, OrgUnits orgUnits, Persons personService) {
    this.units = units;
    this.persons = persons;
    this.orgUnits = orgUnits;
    this.personService = personService;
  }

  @AdminOnly
  @Transactional(readOnly = true)
  public ImportPreview preview(ImportKind kind, String filename, byte[] bytes) {
    TableReader.Table table = TableReader.read(filename, bytes, TableReader.Limits.forImport());
    List<Column> columns = COLUMNS.get(kind);
    Map<String, Integer> index = mapHeader(table.header(), columns);
    List<ImportPreview.Row> rows = new ArrayList<>();
    for (TableReader.Line line : table.rows()) {
      Map<String, String> values = new LinkedHashMap<>();
      for (Column c : columns) {
        Integer i = index.get(c.field());
        String v = i == null || i >= line.cells().size() ? "" : line.cells().get(i);
        values.put(c.field(), v.isBlank() ? null : v);
      }
      rows.add(new ImportPreview.Row(line.number(), values, List.of(), false));
    }
    return kind == ImportKind.ORG_UNITS ? checkOrgUnits(rows) : checkPersons(rows);
  }

  /** Writes every row of a preview that has no errors, in one transaction; re-checks first. */
  @AdminOnly
  @Transactional
  public Result apply(ImportPreview preview) {
    ImportPreview checked =
        preview.kind() == ImportKind.ORG_UNITS
            ? checkOrgUnits(preview.rows())
            : checkPersons(preview.rows());
    if (!checked.importable()) {
      throw new InvalidInputException("file", "import.hasErrors", checked.errorRows());
    }
    return preview.kind() == ImportKind.ORG_UNITS ? applyOrgUnits(checked) : applyPersons(checked);
  }

  // --- org units -------------------------------------------------------------------------------

  private ImportPreview checkOrgUnits(List<ImportPreview.Row> input) {
    Map<String, OrgUnit> existing =
        units.findAll().stream().collect(Collectors.toMap(OrgUnit::code, u -> u));
    Map<String, Integer> seen = new HashMap<>();
    input.forEach(
        r -> {
          if (r.values().get("code") != null) seen.merge(r.values().get("code"), 1, Integer::sum);
        });
    Set<String> inFile = seen.keySet();
    List<ImportPreview.Row> rows = new ArrayList<>();
    for (ImportPreview.Row row : input) {
      Map<String, String> v = row.values();
      List<Violation> errors = new ArrayList<>();
      OrgUnitInput in = new OrgUnitInput();
      in.code = v.get("code");
      in.name = v.get("name");
      in.validFrom = date(v, "validFrom", errors);
      in.validUntil = date(v, "validUntil", errors);
      collect(() -> new OrgUnit(in), errors);
      if (in.code != null && seen.getOrDefault(in.code, 0) > 1) {
        errors.add(new Violation("code", "import.duplicateInFile", in.code));
      }
      String parent = v.get("parent");
      if (parent != null && !inFile.contains(parent) && !existing.containsKey(parent)) {
        errors.add(new Violation("parent", "import.unknownOrgUnit", parent));
      }
      if (parent != null && parent.equals(in.code)) {
        errors.add(new Violation("parent", "orgUnit.cycle"));
      }
      rows.add(
          new ImportPreview.Row(
              row.line(), v, errors, in.code != null && existing.containsKey(in.code)));
    }
    return new ImportPreview(ImportKind.ORG_UNITS, fields(ImportKind.ORG_UNITS), rows);
  }

  private Result applyOrgUnits(ImportPreview preview) {
    Map<String, ImportPreview.Row> byCode = new LinkedHashMap<>();
    preview.rows().forEach(r -> byCode.put(r.values().get("code"), r));
    Map<String, Long> ids = new HashMap<>();
    units.findAll().forEach(u -> ids.put(u.code(), u.getId()));
    int created = 0;
    int updated = 0;
    // parents first, so that every parent exists when its children are written
    for (String code : parentsFirst(byCode)) {
      ImportPreview.Row row = byCode.get(code);
      Map<String, String> v = row.values();
      OrgUnitInput in = new OrgUnitInput();
      in.code = code;
      in.name = v.get("name");
      in.parentId = v.get("parent") == null ? null : ids.get(v.get("parent"));
      in.validFrom = date(v, "validFrom", new ArrayList<>());
      in.validUntil = date(v, "validUntil", new ArrayList<>());
      try {
        if (ids.containsKey(code)) {
          orgUnits.update(ids.get(code), null, in);
          updated++;
        } else {
          ids.put(code, orgUnits.create(in).id());
          created++;
        }
      } catch (InvalidInputException e) {
        throw new InvalidInputException(
            e.violations().stream()
                .map(x -> new Violation("file", "import.cell", row.line(), x.code()))
                .toList());
      }
    }
    return new Result(created, updated);
  }

  private static List<String> parentsFirst(Map<String, ImportPreview.Row> byCode) {
    List<String> ordered = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (String code : byCode.keySet()) {
      visit(code, byCode, done, new HashSet<>(), ordered);
    }
    return ordered;
  }

  private static void visit(
      String code,
      Map<String, ImportPreview.Row> byCode,
      Set<String> done,
      Set<String> path,
      List<String> out) {
    if (done.contains(code) || !byCode.containsKey(code)) {
      return;
    }
    if (!path.add(code)) {
      throw new InvalidInputException("parent", "orgUnit.cycle");
    }
    String parent = byCode.get(code).values().get("parent");
    if (parent != null) {
      visit(parent, byCode, done, path, out);
    }
    done.add(code);
    out.add(code);
  }

  // --- persons ---------------------------------------------------------------------------------

  private ImportPreview checkPersons(List<ImportPreview.Row> input) {
    Map<String, Long> unitIds =
        units.findAll().stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::getId));
    Set<String> knownEmails =
        persons.findAll().stream()
            .map(Person::email)
            .filter(e -> e != null)
            .collect(Collectors.toSet());
    Map<String, Integer> seen = new HashMap<>();
    input.forEach(
        r -> {
          String e = lower(r.values().get("email"));
          if (e != null) seen.merge(e, 1, Integer::sum);
        });
    List<ImportPreview.Row> rows = new ArrayList<>();
    for (ImportPreview.Row row : input) {
      Map<String, String> v = row.values();
      List<Violation> errors = new ArrayList<>();
      PersonInput in = personInput(v, unitIds);
      collect(() -> new Person(in), errors);
      String unit = v.get("orgUnit");
      if (unit != null && !unitIds.containsKey(unit)) {
        errors.add(new Violation("orgUnit", "import.unknownOrgUnit", unit));
      }
      String email = lower(in.email);
      if (email != null && seen.getOrDefault(email, 0) > 1) {
        errors.add(new Violation("email", "import.duplicateInFile", in.email));
      }
      rows.add(
          new ImportPreview.Row(
              row.line(), v, errors, email != null && knownEmails.contains(email)));
    }
    return new ImportPreview(ImportKind.PERSONS, fields(ImportKind.PERSONS), rows);
  }

  private Result applyPersons(ImportPreview preview) {
    Map<String, Long> unitIds =
        units.findAll().stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::getId));
    int created = 0;
    int updated = 0;
    for (ImportPreview.Row row : preview.rows()) {
      PersonInput in = personInput(row.values(), unitIds);
      var existing =
          in.email == null
              ? java.util.Optional.<Person>empty()
              : persons.findByEmail(lower(in.email));
      try {
        if (existing.isPresent()) {
          personService.update(existing.get().getId(), null, in);
          updated++;
        } else {
          personService.create(in);
          created++;
        }
      } catch (InvalidInputException e) {
        throw new InvalidInputException(
            e.violations().stream()
                .map(x -> new Violation("file", "import.cell", row.line(), x.code()))
                .toList());
      }
    }
    return new Result(created, updated);
  }

  private static PersonInput personInput(Map<String, String> v, Map<String, Long> unitIds) {
    PersonInput in = new PersonInput();
    in.title = v.get("title");
    in.givenName = v.get("givenName");
    in.familyName = v.get("familyName");
    in.jobFunction = v.get("jobFunction");
    in.email = v.get("email");
    in.phone = v.get("phone");
    in.orgUnitId = v.get("orgUnit") == null ? null : unitIds.get(v.get("orgUnit"));
    return in;
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static Map<String, Integer> mapHeader(List<String> header, List<Column> columns) {
    Map<String, Integer> index = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (Column c : columns) {
      for (int i = 0; i < header.size() && !index.containsKey(c.field()); i++) {
        for (String name : c.headers()) {
          if (TableReader.headerKey(header.get(i)).equals(TableReader.headerKey(name))
              && !index.containsValue(i)) {
            index.put(c.field(), i);
            break;
          }
        }
      }
      if (c.required() && !index.containsKey(c.field())) {
        missing.add(c.headers()[0]);
      }
    }
    if (!missing.isEmpty()) {
      String expected = columns.stream().map(c -> c.headers()[0]).collect(Collectors.joining("; "));
      throw new InvalidInputException(
          "file", "import.missingColumns", String.join(", ", missing), expected);
    }
    return index;
  }

  /** "Übergeordnet", "uebergeordnet", " ÜBERGEORDNET " and "Ubergeordnet" name the same column. */
  private static LocalDate date(Map<String, String> v, String field, List<Violation> errors) {
    String text = v.get(field);
    if (text == null) {
      return null;
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(text, f);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    errors.add(new Violation(field, "import.badDate", text));
    return null;
  }

  private static void collect(Runnable check, List<Violation> errors) {
    try {
      check.run();
    } catch (InvalidInputException e) {
      errors.addAll(e.violations());
    }
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static List<String> fields(ImportKind kind) {
    return COLUMNS.get(kind).stream().map(Column::field).toList();
  }
}
