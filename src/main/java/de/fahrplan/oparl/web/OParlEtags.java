package de.fahrplan.oparl.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Every OParl answer carries an ETag of its content, and {@code If-None-Match} answers 304: a
 * portal that polls a list pays for the transfer only when something changed.
 */
@Configuration(proxyBeanMethods = false)
class OParlEtags {

  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> oparlEtagFilter() {
    var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
    registration.addUrlPatterns("/oparl/*");
    return registration;
  }
}
