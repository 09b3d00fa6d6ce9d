package de.fahrplan.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Requests Tomcat refuses before Spring sees them (a NUL byte or an encoded slash in the address, a
 * broken request line) get a German page or problem+json instead of Tomcat's English report. Every
 * other error is answered by {@link ErrorPages}; this valve only writes when nothing else did.
 */
@Component
class GermanErrorReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

  private final MessageSource messages;

  GermanErrorReports(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addContextCustomizers(
        context ->
            context.addLifecycleListener(
                event -> {
                  if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    replaceReportValve(context.getParent());
                  }
                }));
  }

  private void replaceReportValve(Container host) {
    for (Valve valve : host.getPipeline().getValves()) {
      if (valve instanceof ErrorReportValve && !(valve instanceof Report)) {
        host.getPipeline().removeValve(valve);
      }
    }
    host.getPipeline().addValve(new Report(messages));
  }

  /** Tomcat's report valve with a German body. */
  static final class Report extends ErrorReportValve {
    private final MessageSource messages;

    Report(MessageSource messages) {
      this.messages = messages;
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      String code = String.valueOf(status);
      String title = text("error.title." + code, "error.title.other");
      String detail = text("error.api." + code, "error.api.other");
      String accept = request.getHeader("Accept");
      boolean html = accept == null || accept.contains("text/html") || accept.contains("*/*");
      try {
        response.setCharacterEncoding("UTF-8");
        Writer out = response.getReporter();
        if (out == null) {
          return;
        }
        if (html) {
          response.setContentType("text/html;charset=UTF-8");
          out.write(
              "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>"
                  + HtmlUtils.htmlEscape(title, "UTF-8")
                  + " – Fahrplan</title></head><body><main><h1>"
                  + HtmlUtils.htmlEscape(title, "UTF-8")
                  + "</h1><p>"
                  + HtmlUtils.htmlEscape(detail, "UTF-8")
                  + "</p><p><a href=\"/\">"
                  + HtmlUtils.htmlEscape(text("error.home", "error.home"), "UTF-8")
                  + "</a></p></main></body></html>");
        } else {
          response.setContentType("application/problem+json");
          out.write(
              "{\"type\":\"about:blank\",\"status\":"
                  + status
                  + ",\"title\":\""
                  + title.replace("\"", "'")
                  + "\",\"detail\":\""
                  + detail.replace("\"", "'")
                  + "\"}");
        }
      } catch (IOException | IllegalStateException e) {
        // the client went away or the response is committed: nothing left to tell it
      }
    }

    private String text(String key, String fallbackKey) {
      return messages.getMessage(
          key, null, messages.getMessage(fallbackKey, null, Locale.GERMAN), Locale.GERMAN);
    }
  }
}
