package de.fahrplan.shared.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The version a write names in its If-Match header. A handler that takes an {@code IfMatch} gets it
 * resolved here, in one place: no header is 428, an unreadable one 412 ({@link ETags#required}).
 * The OpenAPI document shows it as the optional header it is ({@code OpenApiConfig}).
 */
public record IfMatch(long version) {

  /** Registered in {@code WebConfig}. */
  static final class Resolver implements HandlerMethodArgumentResolver {
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == IfMatch.class;
    }

    @Override
    public IfMatch resolveArgument(
        MethodParameter parameter,
        ModelAndViewContainer mav,
        NativeWebRequest request,
        WebDataBinderFactory binders) {
      return new IfMatch(ETags.required(request.getHeader(HttpHeaders.IF_MATCH)));
    }
  }
}
