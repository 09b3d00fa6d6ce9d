package de.fahrplan.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * German by default; {@code ?lang=en} switches to English and is remembered in a cookie. The API,
 * which no cookie follows, answers in the {@code Accept-Language} when it asks for German or
 * English. A page form is done once ({@link FormTokenInterceptor}); irreversible page actions ask
 * first ({@link ConfirmFirst}).
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

  private final org.springframework.beans.factory.BeanFactory beans;

  WebConfig(org.springframework.beans.factory.BeanFactory beans) {
    this.beans = beans;
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("fahrplan-lang");
    resolver.setDefaultLocale(Locale.GERMAN);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(WebConfig::withoutCookie);
    return resolver;
  }

  /**
   * Pages stay German until the reader switches (a browser's language says little about the
   * reader); an API client says what it wants in the header.
   */
  static Locale withoutCookie(HttpServletRequest request) {
    String wanted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    if (wanted == null || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return Locale.GERMAN;
    }
    try {
      Locale match = Locale.lookup(Locale.LanguageRange.parse(wanted), SUPPORTED);
      return match == null ? Locale.GERMAN : match;
    } catch (IllegalArgumentException unreadableHeader) {
      return Locale.GERMAN;
    }
  }

  private static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addFormatterForFieldType(BigDecimal.class, new DecimalFormatter());
  }

  @Override
  public void addArgumentResolvers(
      List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new IfMatch.Resolver());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
    registry.addInterceptor(new FormTokenInterceptor(beans.getBean(FormTokens.class)));
    registry.addInterceptor(new ConfirmationInterceptor(beans));
    registry.addInterceptor(new FormErrorTitle());
  }
}
