package vn.ngoso.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document, with the bearer token so Swagger UI's "Authorize" works. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI ngosoOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Ngõ Số API").version("v1")
				.description("Administrative units, teams and members, limited to the caller's scope. "
						+ "Get a token with POST /api/v1/auth/token, then send Authorization: Bearer <token>. "
						+ "Errors are RFC 9457 problem details naming the field."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
