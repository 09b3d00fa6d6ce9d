package de.fahrplan.plan.web;

import de.fahrplan.plan.Roadmap;
import de.fahrplan.plan.RoadmapPdf;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.Downloads;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The roadmap (Gantt) page and its SVG, for pages and the API. */
@Controller
@MemberOnly
class RoadmapController {

  static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");

  private final Roadmap roadmap;
  private final RoadmapPdf pdf;
  private final Strategies strategies;

  RoadmapController(Roadmap roadmap, RoadmapPdf pdf, Strategies strategies) {
    this.roadmap = roadmap;
    this.pdf = pdf;
    this.strategies = strategies;
  }

  /** The roadmap as PDF/UA, as a download named after the strategy's period. */
  static ResponseEntity<byte[]> pdf(RoadmapPdf pdf, VersionView version, Roadmap.Grouping g) {
    return Downloads.attachment(
        MediaType.APPLICATION_PDF,
        "roadmap-" + version.startYear() + "-" + version.endYear() + ".pdf",
        pdf.pdf(version.id(), g));
  }

  @GetMapping("/strategy-versions/{id}/roadmap.pdf")
  ResponseEntity<byte[]> pdf(
      @PathVariable long id, @RequestParam(required = false) String groupBy) {
    return pdf(pdf, strategies.version(id), grouping(groupBy));
  }

  static Roadmap.Zoom zoom(String value) {
    return value == null || value.isBlank()
        ? Roadmap.Zoom.YEAR
        : parse(Roadmap.Zoom.class, value, "zoom");
  }

  static Roadmap.Grouping grouping(String value) {
    if (value == null || value.isBlank()) {
      return Roadmap.Grouping.GOAL;
    }
    return value.equalsIgnoreCase("fieldOfAction")
        ? Roadmap.Grouping.FIELD_OF_ACTION
        : parse(Roadmap.Grouping.class, value, "groupBy");
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "roadmap.invalid." + field);
    }
  }

  @GetMapping("/strategy-versions/{id}/roadmap")
  String page(
      @PathVariable long id,
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String zoom,
      Model model) {
    Roadmap.Grouping g = grouping(groupBy);
    Roadmap.Zoom z = zoom(zoom);
    model.addAttribute("strategyVersion", strategies.version(id));
    model.addAttribute("svg", roadmap.svg(id, g, z));
    model.addAttribute("groupBy", g);
    model.addAttribute("zoom", z);
    model.addAttribute("groupings", Roadmap.Grouping.values());
    model.addAttribute("zooms", Roadmap.Zoom.values());
    return "plan/roadmap";
  }

  @GetMapping("/strategy-versions/{id}/roadmap.svg")
  @ResponseBody
  ResponseEntity<String> svg(
      @PathVariable long id,
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String zoom) {
    return ResponseEntity.ok()
        .contentType(SVG)
        .cacheControl(CacheControl.noCache())
        .body(roadmap.svg(id, grouping(groupBy), zoom(zoom)));
  }
}
