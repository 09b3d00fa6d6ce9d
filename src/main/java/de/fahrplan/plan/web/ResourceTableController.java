package de.fahrplan.plan.web;

import de.fahrplan.plan.Measures;
import de.fahrplan.plan.ResourcePlan;
import de.fahrplan.plan.ResourceTable;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.Downloads;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionNames;
import de.fahrplan.strategy.VersionView;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resource table (staff and money per goal, field of action or unit and year), page and XLSX.
 */
@Controller
@MemberOnly
class ResourceTableController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ResourcePlan plan;
  private final Strategies strategies;
  private final MessageSource messages;
  private final Measures measures;

  ResourceTableController(
      ResourcePlan plan, Strategies strategies, MessageSource messages, Measures measures) {
    this.measures = measures;
    this.plan = plan;
    this.strategies = strategies;
    this.messages = messages;
  }

  /** "goal", "fieldOfAction", "orgUnit" (or the enum names); anything else is an input error. */
  static ResourceTable.GroupBy groupBy(String value) {
    if (value == null || value.isBlank()) {
      return ResourceTable.GroupBy.GOAL;
    }
    return switch (value.replace("_", "").toLowerCase(Locale.ROOT)) {
      case "goal" -> ResourceTable.GroupBy.GOAL;
      case "fieldofaction" -> ResourceTable.GroupBy.FIELD_OF_ACTION;
      case "orgunit" -> ResourceTable.GroupBy.ORG_UNIT;
      case "measure" -> ResourceTable.GroupBy.MEASURE;
      default -> throw new InvalidInputException("groupBy", "resource.groupBy");
    };
  }

  @GetMapping("/strategy-versions/{id}/resources")
  String page(@PathVariable long id, @RequestParam(required = false) String groupBy, Model model) {
    ResourceTable.GroupBy by = groupBy(groupBy);
    model.addAttribute("strategyVersion", strategies.version(id));
    model.addAttribute("table", plan.table(id, by));
    model.addAttribute("groupBy", by);
    model.addAttribute("groupByOptions", ResourceTable.GroupBy.values());
    model.addAttribute("budgetStatuses", de.fahrplan.plan.BudgetStatus.values());
    if (strategies.version(id).editable()) {
      model.addAttribute("measureChoices", measures.all(id));
    }
    return "plan/resources";
  }

  /**
   * Opens the money grid of the measure whose code was typed (the page suggests the codes); an
   * unknown code returns to the table with the code named.
   */
  @CoordinationOnly
  @GetMapping("/strategy-versions/{id}/resources/grid")
  String grid(
      @PathVariable long id,
      @RequestParam(required = false) String code,
      RedirectAttributes redirect) {
    String typed = code == null ? "" : code.strip();
    // „M-3 – Titel“ as the suggestion shows it, or the code alone
    String wanted = typed.contains(" – ") ? typed.substring(0, typed.indexOf(" – ")) : typed;
    return measures.all(id).stream()
        .filter(m -> m.code().equalsIgnoreCase(wanted))
        .findFirst()
        .map(m -> "redirect:/measures/" + m.id() + "/resources/grid")
        .orElseGet(
            () -> {
              redirect.addFlashAttribute(
                  "flashError",
                  new InvalidInputException.Violation("code", "resource.noSuchMeasure", typed));
              return "redirect:/strategy-versions/" + id + "/resources";
            });
  }

  @GetMapping("/strategy-versions/{id}/resources.xlsx")
  @ResponseBody
  ResponseEntity<byte[]> xlsx(
      @PathVariable long id, @RequestParam(required = false) String groupBy, Locale locale)
      throws IOException {
    return xlsx(strategies.version(id), plan.table(id, groupBy(groupBy)), locale);
  }

  ResponseEntity<byte[]> xlsx(VersionView version, ResourceTable table, Locale locale)
      throws IOException {
    String group = messages.getMessage("resource.groupBy." + table.groupBy().name(), null, locale);
    String total = messages.getMessage("resource.total", null, locale);
    byte[] bytes =
        ResourceTableXlsx.write(
            table,
            messages.getMessage(
                "resource.tableTitle",
                new Object[] {VersionNames.of(messages, version, locale)},
                locale),
            group,
            total,
            List.of(
                new ResourceTableXlsx.Block(
                    messages.getMessage("resource.staff", null, locale),
                    ResourceTable.Cell::fte,
                    "#,##0.00"),
                new ResourceTableXlsx.Block(
                    messages.getMessage("resource.consumptive", null, locale) + " (€)",
                    ResourceTable.Cell::consumptive,
                    "#,##0.00 €"),
                new ResourceTableXlsx.Block(
                    messages.getMessage("resource.investive", null, locale) + " (€)",
                    ResourceTable.Cell::investive,
                    "#,##0.00 €")),
            kind -> messages.getMessage("resource.share." + kind, null, locale));
    return Downloads.attachment(
        XLSX, "ressourcen-" + version.startYear() + "-" + version.endYear() + ".xlsx", bytes);
  }
}
