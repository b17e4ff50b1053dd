package org.hros.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.hros.platform.ProviderLogIn;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Without a provider configured, OpenID Connect is off entirely: no button, no address, no beans at work. */
class ProviderLogInOffTests extends IntegrationTestBase {

    @Autowired
    ApplicationContext context;

    @Test
    void theLogInPageIsThePasswordFormAlone() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"password\"").doesNotContain("Log in with", "/oauth2/authorization/");
    }

    @Test
    void noProviderAddressAnswers() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        assertThat(mvc.perform(get("/oauth2/authorization/acme"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/login/oauth2/code/acme?code=x&state=y"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/profile/sign-in").with(user(principal(member))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/login/admin")).andReturn().getResponse().getStatus())
                .as("no break-glass page while passwords work")
                .isEqualTo(404);
    }

    @Test
    void noOpenIdConnectBeansExist() {
        assertThat(context.getBeanNamesForType(ProviderLogIn.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class))
                .isEmpty();
    }

    private static MemberPrincipal principal(Person person) {
        return new MemberPrincipal(person.id(), person.email(), "handle", person.name(), MemberRole.MEMBER, true, "x");
    }
}
