package vn.citizenhub.core.apidocs;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI description of hub-core's HTTP API (the staff API the console uses, and the public
 * API), generated at compile time by micronaut-openapi and served by {@link ApiDocsController}.
 */
@OpenAPIDefinition(
    info = @Info(title = "Citizen Interaction Hub: hub-core", version = "1",
        description = "Staff workspace (/api/staff/**: sign in with POST /api/staff/token, then"
            + " send the token as a bearer token) and public tracking (/api/public/**). Errors"
            + " are {error, message (Vietnamese), messageEn, fields}."),
    security = @SecurityRequirement(name = "staffToken"))
@SecurityScheme(name = "staffToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
    bearerFormat = "JWT", in = SecuritySchemeIn.HEADER)
final class ApiDocumentation {
  private ApiDocumentation() {}
}
