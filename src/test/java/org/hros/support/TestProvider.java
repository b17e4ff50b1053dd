package org.hros.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in an application
 * context of its own, on a random port of {@code localhost} (HROS is reached at {@code 127.0.0.1}, so the two never
 * share cookies). It has one client, {@link #CLIENT_ID}, whose redirect address is HROS's on any loopback port, and
 * people that tests add: each with an address, verified or not, and a name that go into their ID token.
 */
public final class TestProvider {

    public static final String CLIENT_ID = "hros";
    public static final String CLIENT_SECRET = "hros-test-secret";
    public static final String REGISTRATION = "acme";
    /** The same provider registered a second time, as a directory whose addresses the operator vouches for. */
    public static final String DIRECTORY_REGISTRATION = "acme-directory";

    public static final String PASSWORD = "provider-password";

    private static TestProvider shared;

    private final ConfigurableApplicationContext context;
    private final People people;

    private TestProvider(ConfigurableApplicationContext context) {
        this.context = context;
        this.people = context.getBean(People.class);
    }

    /** The provider, started at the first call in this JVM and stopped with it. */
    public static synchronized TestProvider shared() {
        if (shared == null) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(ProviderApplication.class)
                    .web(WebApplicationType.SERVLET)
                    // None of HROS's own configuration: this is somebody else's server.
                    .properties("spring.config.name=test-provider", "spring.main.banner-mode=off")
                    .run("--server.port=0", "--server.address=127.0.0.1");
            shared = new TestProvider(context);
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return shared;
    }

    public String issuer() {
        return "http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Adds a person who can log in at the provider with {@link #PASSWORD}; returns their username (the subject). */
    public String person(String email, Boolean emailVerified, String name) {
        String username = "p-" + UUID.randomUUID().toString().substring(0, 8);
        people.add(username, new Person(email, emailVerified, name));
        return username;
    }

    /** The provider now has another address for this person (as when someone changes their name at work). */
    public void changeEmail(String username, String email) {
        Person before = people.byUsername.get(username);
        people.byUsername.put(username, new Person(email, before.emailVerified(), before.name()));
    }

    record Person(String email, Boolean emailVerified, String name) {}

    static final class People {
        final Map<String, Person> byUsername = new ConcurrentHashMap<>();
        final InMemoryUserDetailsManager logins = new InMemoryUserDetailsManager();

        void add(String username, Person person) {
            byUsername.put(username, person);
            logins.createUser(User.withUsername(username)
                    .password("{noop}" + PASSWORD)
                    .roles("USER")
                    .build());
        }
    }

    /** Not a {@code @Configuration}: HROS's component scan, which covers this package, must never pick it up. */
    @EnableWebSecurity
    @ImportAutoConfiguration({
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class
    })
    static class ProviderApplication {

        @Bean
        People people() {
            return new People();
        }

        @Bean
        InMemoryUserDetailsManager users(People people) {
            return people.logins;
        }

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    // The user-info endpoint takes the access token HROS got.
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId("hros")
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // A loopback address: any port is accepted (RFC 8252), so HROS's random port needs no registering.
                    .redirectUri("http://127.0.0.1/login/oauth2/code/" + REGISTRATION)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/" + DIRECTORY_REGISTRATION)
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder()
                            .requireAuthorizationConsent(false)
                            .build())
                    .build());
        }

        /** The person's address, whether it is verified, and their name, in the ID token (and so in user info). */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> personClaims(People people) {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                Person person = people.byUsername.get(context.getPrincipal().getName());
                if (person == null) {
                    return;
                }
                if (person.email() != null) {
                    context.getClaims().claim("email", person.email());
                }
                if (person.emailVerified() != null) {
                    context.getClaims().claim("email_verified", person.emailVerified());
                }
                if (person.name() != null) {
                    context.getClaims().claim("name", person.name());
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
