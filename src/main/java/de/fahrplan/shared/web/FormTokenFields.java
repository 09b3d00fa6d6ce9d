package de.fahrplan.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a one-time token ({@link FormTokenInterceptor#PARAM}) to every page form that posts, next to
 * the CSRF token: it decorates Spring Security's {@code requestDataValueProcessor}, which Thymeleaf
 * asks for the hidden fields of each {@code th:action} form.
 */
@Component
class FormTokenFields implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (bean instanceof RequestDataValueProcessor processor
        && name.equals("requestDataValueProcessor")) {
      return new WithFormToken(processor);
    }
    return bean;
  }

  private record WithFormToken(RequestDataValueProcessor delegate)
      implements RequestDataValueProcessor {

    private static final String METHOD = WithFormToken.class.getName() + ".method";

    @Override
    public String processAction(HttpServletRequest request, String action, String method) {
      request.setAttribute(METHOD, method);
      return delegate.processAction(request, action, method);
    }

    @Override
    public String processFormFieldValue(
        HttpServletRequest request, String name, String value, String type) {
      return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
      Map<String, String> fields = new LinkedHashMap<>();
      Map<String, String> delegated = delegate.getExtraHiddenFields(request);
      if (delegated != null) {
        fields.putAll(delegated);
      }
      if (!"GET".equalsIgnoreCase(String.valueOf(request.getAttribute(METHOD)))) {
        fields.put(FormTokenInterceptor.PARAM, UUID.randomUUID().toString());
      }
      return fields;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
      return delegate.processUrl(request, url);
    }
  }
}
