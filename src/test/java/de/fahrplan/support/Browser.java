package de.fahrplan.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, driven by Playwright (never a downloaded browser), and axe-core for WCAG 2.1
 * AA. Without /usr/bin/chromium the browser tests are skipped loudly, or fail when {@code
 * -Dfahrplan.browser.required=true} (CI).
 */
public final class Browser implements AutoCloseable, ExecutionCondition {

  public static final Path CHROMIUM =
      Path.of(System.getProperty("fahrplan.chromium", "/usr/bin/chromium"));
  private static final List<String> AXE_RULES =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

  private Playwright playwright;
  private com.microsoft.playwright.Browser browser;
  private final List<String> violations = new ArrayList<>();

  public Browser() {}

  /**
   * Playwright's assertions wait 5 s by default; on a loaded 2-core CI machine a page's first
   * render (a cold template, a cold JIT) has taken longer, and the assertion then reported the page
   * before as the answer. Waiting longer never makes a failing check pass.
   */
  private static final double ASSERTION_TIMEOUT_MS = 20_000;

  public static Browser start() {
    PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
    Browser b = new Browser();
    b.playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    b.browser =
        b.playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--disable-quic")));
    return b;
  }

  public Page newPage() {
    return browser
        .newContext(new NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900))
        .newPage();
  }

  /** A page whose scripts do not run: what a user without JavaScript (or with it blocked) gets. */
  public Page newPageWithoutJavaScript() {
    return browser
        .newContext(
            new NewContextOptions()
                .setLocale("de-DE")
                .setViewportSize(1280, 900)
                .setJavaScriptEnabled(false))
        .newPage();
  }

  /**
   * Runs axe-core on the page and remembers every violation of WCAG 2.1 A/AA and its best
   * practices.
   */
  public void checkAccessibility(Page page) {
    AxeResults results = new AxeBuilder(page).withTags(AXE_RULES).analyze();
    for (Rule rule : results.getViolations()) {
      String nodes =
          rule.getNodes().stream()
              .map(n -> String.valueOf(n.getTarget()))
              .collect(Collectors.joining(", "));
      violations.add(
          page.url() + ": " + rule.getId() + " – " + rule.getHelp() + " [" + nodes + "]");
    }
  }

  public List<String> violations() {
    return violations;
  }

  @Override
  public void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(CHROMIUM)) {
      return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
    }
    String message =
        "!!! "
            + CHROMIUM
            + " not found: the browser tests are SKIPPED, not passed. Install Debian's chromium package.";
    if (Boolean.getBoolean("fahrplan.browser.required")) {
      throw new IllegalStateException(message);
    }
    System.err.println(message);
    return ConditionEvaluationResult.disabled(message);
  }
}
