package vn.dondoc.identity.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The account book ({@code identity.accounts}, default the EXAMPLE file) as in-memory users. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    AccountBook accountBook(ResourceLoader resources,
            @Value("${identity.accounts:classpath:example/example-accounts.yml}") String location) throws IOException {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return AccountBook.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Every account with the book's password, hashed once (the example accounts share it). */
    @Bean
    UserDetailsService users(AccountBook book, PasswordEncoder encoder) {
        String hash = encoder.encode(book.password());
        List<UserDetails> users = book.accounts().values().stream()
                .map(account -> User.withUsername(account.username()).password(hash)
                        .roles(account.role()).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }
}
