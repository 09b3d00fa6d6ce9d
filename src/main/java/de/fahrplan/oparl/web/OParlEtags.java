package de.fahrplan.oparl.web;

import de.fahrplan.organisation.Bodies;
import de.fahrplan.shared.persistence.TenantRevisions;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Every OParl answer carries an ETag, and {@code If-None-Match} answers 304: a portal that polls a
 * list pays only when something changed. A body's objects are answered from the municipality's
 * revision before anything is read ({@link RevisionValidators}); the system and the list of bodies
 * from the ETag of their content.
 */
@Configuration(proxyBeanMethods = false)
class OParlEtags {

  @Bean
  FilterRegistrationBean<RevisionValidators> oparlRevisionFilter(
      Bodies bodies,
      TenantRevisions revisions,
      Clock clock,
      ObjectProvider<BuildProperties> build) {
    BuildProperties properties = build.getIfAvailable();
    String release =
        properties == null || properties.getTime() == null
            ? Long.toString(clock.millis()) // a build without its build-info: this run
            : properties.getVersion() + "@" + properties.getTime().toEpochMilli();
    var registration =
        new FilterRegistrationBean<>(new RevisionValidators(bodies, revisions, clock, release));
    registration.addUrlPatterns("/oparl/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> oparlEtagFilter() {
    var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
    // only what spans municipalities: a body's answers have their revision's ETag, and buffering
    // them (files included) to hash them would be work for nothing
    registration.addUrlPatterns("/oparl/v1/system", "/oparl/v1/bodies");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }
}
