package org.hros.member.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hros.platform.HrosProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers the operator configured, for the pages that offer them. Spring Boot makes the
 * registrations only when {@code spring.security.oauth2.client.registration.*} names one; without, there are none.
 */
@Component
class ProviderButtons {

    private final List<ProviderButtonView> buttons;
    private final Map<String, String> names;
    private final boolean ssoOnly;

    ProviderButtons(ObjectProvider<InMemoryClientRegistrationRepository> registrations, HrosProperties hrosProperties) {
        this.ssoOnly = hrosProperties.auth().ssoOnly();
        Map<String, String> byRegistration = new TreeMap<>();
        InMemoryClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository != null) {
            for (ClientRegistration registration : repository) {
                String name = registration.getClientName();
                byRegistration.put(
                        registration.getRegistrationId(),
                        name == null || name.isBlank() ? registration.getRegistrationId() : name);
            }
        }
        List<ProviderButtonView> all = new ArrayList<>();
        byRegistration.forEach((id, name) -> all.add(new ProviderButtonView(id, name)));
        this.buttons = List.copyOf(all);
        this.names = Map.copyOf(byRegistration);
    }

    List<ProviderButtonView> all() {
        return buttons;
    }

    boolean any() {
        return !buttons.isEmpty();
    }

    /** Whether members log in only through a provider (password log-in, sign-up and reset are off). */
    boolean ssoOnly() {
        return ssoOnly;
    }

    /** The name of a configured provider; a registration the operator has since removed keeps its own name. */
    String nameOf(String registration) {
        return names.getOrDefault(registration, registration);
    }
}
