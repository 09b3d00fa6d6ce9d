package de.fahrplan.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The OpenAPI document at /v3/api-docs: every /api/v1 call needs a personal bearer token. */
@Configuration
class OpenApiConfig {

  static {
    // resolved from the If-Match header by IfMatch.Resolver, documented as that header below
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(IfMatch.class);
  }

  /**
   * A handler that takes an {@link IfMatch} documents the optional If-Match header where it
   * declares it, among the other parameters it declares.
   */
  @Bean
  OperationCustomizer ifMatchHeader() {
    return (operation, handler) -> {
      int position = 0;
      for (MethodParameter parameter : handler.getMethodParameters()) {
        if (parameter.getParameterType() == IfMatch.class) {
          Parameter header =
              new HeaderParameter()
                  .name(HttpHeaders.IF_MATCH)
                  .required(false)
                  .schema(new StringSchema());
          if (operation.getParameters() == null) {
            operation.setParameters(new java.util.ArrayList<>());
          }
          operation
              .getParameters()
              .add(Math.min(position, operation.getParameters().size()), header);
          return operation;
        }
        if (parameter.hasParameterAnnotation(PathVariable.class)
            || parameter.hasParameterAnnotation(RequestParam.class)
            || parameter.hasParameterAnnotation(RequestHeader.class)) {
          position++;
        }
      }
      return operation;
    };
  }

  @Bean
  OpenAPI fahrplanOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Fahrplan REST API")
                .version("v1")
                .description(
                    "Digitalisierungsstrategie einer Kommune. Authentifizierung: Authorization: Bearer <persönliches API-Token>."
                        + " Jedes Token gehört zu einer Kommune. Änderungen brauchen If-Match mit dem ETag (sonst 428, veraltet 412)."
                        + " Fehler als application/problem+json mit errors[{field, code, message}].")
                .license(new License().name("EUPL-1.2")))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("fp_… personal API token")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
