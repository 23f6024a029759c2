package vn.dondoc.web;

import java.util.Set;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;

/**
 * What every service does with a request before its own rules: the body limit
 * ({@link BodyLimitFilter}, ahead of security), a refused body read to its end so the client gets
 * the 413 ({@link RequestLimits#SWALLOW_BYTES}), dates within a plausible range ({@link PlausibleDates}), JSON only (no YAML, XML, CBOR or Smile converter,
 * which a library on the classpath would otherwise add: a YAML body is a 415), and Spring MVC's own
 * problem details in Vietnamese ({@code vn/dondoc/web/problems.properties}). Only in a service, one
 * whose REST advice is a {@link RequestProblems}: the local run starts the web application and the
 * identity provider in the same JVM, with this module on their classpath, and they keep their own.
 */
@AutoConfiguration(before = MessageSourceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(RequestProblems.class)
@EnableConfigurationProperties(BodyLimits.class)
public class WebLimitsAutoConfiguration {

    private static final Set<String> NOT_JSON = Set.of("yaml", "x-yaml", "xml", "cbor", "smile", "x-jackson-smile");

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(BodyLimits limits) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(
                limits.maxBody().toBytes(), limits.maxUpload().toBytes(), limits.uploads()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** First of all, so every later filter's log lines carry the request's trace id. */
    @Bean
    FilterRegistrationBean<TraceContextFilter> traceContextFilter() {
        FilterRegistrationBean<TraceContextFilter> registration = new FilterRegistrationBean<>(new TraceContextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** After Boot's customizer, which sets {@code server.tomcat.max-swallow-size} (2 MB by default). */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> swallowRefusedBodies() {
        class Swallow implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {
            @Override
            public void customize(ConfigurableTomcatWebServerFactory factory) {
                factory.addConnectorCustomizers(connector -> {
                    if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                        http.setMaxSwallowSize(RequestLimits.SWALLOW_BYTES);
                    }
                });
            }

            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE;
            }
        }
        return new Swallow();
    }

    @Bean
    ServerHttpMessageConvertersCustomizer jsonOnly() {
        return builder -> builder.configureMessageConvertersList(converters -> converters.removeIf(converter ->
                !converter.getSupportedMediaTypes().isEmpty() && converter.getSupportedMediaTypes().stream()
                        .allMatch(WebLimitsAutoConfiguration::notJson)));
    }

    private static boolean notJson(MediaType type) {
        String subtype = type.getSubtype();
        String suffix = type.getSubtypeSuffix();
        return NOT_JSON.contains(subtype) || (suffix != null && NOT_JSON.contains(suffix));
    }

    /** Dates in bodies only within {@link RequestLimits#EARLIEST_DATE}–{@link RequestLimits#LATEST_DATE}; Boot adds the module to the JSON mapper. */
    @Bean
    tools.jackson.databind.JacksonModule plausibleDates() {
        return PlausibleDates.module();
    }

    @Bean
    @ConditionalOnMissingBean(name = "messageSource")
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("vn/dondoc/web/problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
