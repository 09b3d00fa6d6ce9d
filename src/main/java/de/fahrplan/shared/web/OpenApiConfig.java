package de.fahrplan.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs: every /api/v1 call needs a personal bearer token. */
@Configuration
class OpenApiConfig {

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
