package vn.dondoc.webapp.services;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.client.RestClient;

/** One RestClient per service, each carrying the user's token and turning problem details into errors. */
@Configuration
class ServiceClients {

    @Bean
    PlanClient planClient(RestClient.Builder builder, ServiceAddresses addresses, OAuth2AuthorizedClientManager tokens) {
        return new PlanClient(client(builder, addresses.plan(), tokens), "kế hoạch");
    }

    @Bean
    TaskClient taskClient(RestClient.Builder builder, ServiceAddresses addresses, OAuth2AuthorizedClientManager tokens) {
        return new TaskClient(client(builder, addresses.task(), tokens), "nhiệm vụ");
    }

    @Bean
    ReportingClient reportingClient(RestClient.Builder builder, ServiceAddresses addresses,
            OAuth2AuthorizedClientManager tokens) {
        return new ReportingClient(client(builder, addresses.reporting(), tokens), "báo cáo");
    }

    @Bean
    NotificationClient notificationClient(RestClient.Builder builder, ServiceAddresses addresses,
            OAuth2AuthorizedClientManager tokens) {
        return new NotificationClient(client(builder, addresses.notification(), tokens), "thông báo");
    }

    private static RestClient client(RestClient.Builder builder, URI base, OAuth2AuthorizedClientManager tokens) {
        return builder.clone().baseUrl(base.toString())
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(HttpClientSettings.defaults()
                        .withConnectTimeout(Duration.ofSeconds(3)).withReadTimeout(Duration.ofSeconds(20))))
                .requestInterceptor(new UserAccessToken(tokens))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw ProblemReader.read(request, response);
                })
                .build();
    }
}
