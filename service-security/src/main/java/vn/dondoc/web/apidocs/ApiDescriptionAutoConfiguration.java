package vn.dondoc.web.apidocs;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import vn.dondoc.web.RequestProblems;

/**
 * What every service's {@code /v3/api-docs} says the same way ({@link ApiConventions}): the bearer
 * (JWT) scheme on every operation, the Vietnamese problem details (RFC 9457) of 400/401/403/404,
 * and the paging parameters and {@code X-Total-Count} of the list endpoints. Only in a service (one
 * whose REST advice is a {@link RequestProblems}), as {@code WebLimitsAutoConfiguration}; and Swagger UI
 * without its default (internet) URL.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@ConditionalOnBean(RequestProblems.class)
public class ApiDescriptionAutoConfiguration {

    /**
     * Swagger UI loads nothing from the internet (without this its initializer keeps the petstore
     * example's URL beside the service's own configuration); answers are JSON unless an endpoint
     * names another type (springdoc's default is any type).
     */
    @Bean
    static BeanPostProcessor swaggerUiWithoutDefaultUrl() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SwaggerUiConfigProperties swaggerUi) {
                    swaggerUi.setDisableSwaggerDefaultUrl(true);
                }
                if (bean instanceof SpringDocConfigProperties springDoc) {
                    springDoc.setDefaultProducesMediaType(MediaType.APPLICATION_JSON_VALUE);
                }
                return bean;
            }
        };
    }

    @Bean
    GlobalOpenApiCustomizer dondocApiConventions() {
        return ApiConventions::describe;
    }

    @Bean
    GlobalOperationCustomizer dondocOperationConventions() {
        return ApiConventions::describe;
    }
}
