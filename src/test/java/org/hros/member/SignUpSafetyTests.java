package org.hros.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class SignUpSafetyTests extends IntegrationTestBase {

    private static final String PASSWORD = "a long enough passphrase";

    private static String newAddress() {
        return "safe-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private int senders;

    /** Each sign-up from an address of its own: this class tests what is refused, not how often. */
    private ResultActions signUp(String email, String password) throws Exception {
        return mvc.perform(post("/signup")
                .with(csrf())
                .with(from("10.3.0." + ++senders))
                .param("email", email)
                .param("displayName", "Robin Newcomer")
                .param("password", password)
                .param("agree", "true"));
    }

    private static String withoutAddress(String page, String email) {
        return page.replace(email, "ADDRESS").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    @Test
    void aRegisteredAddressGetsTheSameAnswerAndItsOwnerAMail() throws Exception {
        TestFixtures.Person existing = fixtures.member(MemberRole.MEMBER);
        String fresh = newAddress();
        String forNew = signUp(fresh, PASSWORD)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String forTaken = signUp(existing.email(), PASSWORD)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(withoutAddress(forTaken, existing.email())).isEqualTo(withoutAddress(forNew, fresh));
        List<MimeMessage> mails = TestMail.to(existing.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Someone tried to join HROS with your address");
        assertThat(TestMail.text(mails.get(0))).contains("/password-reset").doesNotContain("/verify?token=");
    }

    @Test
    void commonPasswordsTheSiteNameAndTheAddressAreRefused() throws Exception {
        for (String common : List.of("password1234", "Qwertyuiop123", "1qaz2wsx3edc")) {
            signUp(newAddress(), common)
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("common and leaked passwords")));
        }
        signUp(newAddress(), "my hros password!")
                .andExpect(content().string(containsString("attackers try. Choose another.")));
        String email = newAddress();
        signUp(email, "x" + email + "1")
                .andExpect(content().string(containsString("must not contain your e-mail address")));
        signUp(email, PASSWORD).andExpect(content().string(containsString("Check your inbox")));
    }

    @Test
    void aResetCannotChooseACommonPassword() throws Exception {
        TestFixtures.Person member = fixtures.member(MemberRole.MEMBER);
        mvc.perform(post("/password-reset").with(csrf()).param("email", member.email()));
        String link = TestMail.link(member.email(), "/password-reset/new");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        mvc.perform(post("/password-reset/new")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "password1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("common and leaked passwords")));
        mvc.perform(post("/password-reset/new")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "an entirely new passphrase"))
                .andExpect(redirectedUrl("/login?reset"));
    }

    @Test
    void resendingTheLinkIsLimitedPerRecipientWhateverTheSender() throws Exception {
        String email = newAddress();
        signUp(email, PASSWORD).andExpect(status().isOk());
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            int status = mvc.perform(post("/verify/resend")
                            .with(csrf())
                            .with(from("10.1.0." + i))
                            .param("email", email))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            refused += status == 429 ? 1 : 0;
        }
        // Five mails an hour to one address: the sign-up's and four more.
        assertThat(refused).isEqualTo(16);
        assertThat(TestMail.to(email, 5)).hasSize(5);
        Thread.sleep(1000);
        assertThat(TestMail.to(email, 5)).hasSize(5);
    }

    @Test
    void resendingIsLimitedPerAddressToo() throws Exception {
        int refused = 0;
        for (int i = 0; i < 65; i++) {
            int status = mvc.perform(post("/verify/resend")
                            .with(csrf())
                            .with(from("10.2.0.1"))
                            .param("email", newAddress()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            refused += status == 429 ? 1 : 0;
        }
        // Sixty mails an hour from one address, whoever they are for.
        assertThat(refused).isEqualTo(5);
        mvc.perform(get("/verify/resend")).andExpect(status().is4xxClientError());
    }

    @Test
    void aTeamInOneOfficeJoinsTogetherWhileOneAccountIsLimitedAndToldHowLongToWait() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/signup")
                            .with(csrf())
                            .with(from("10.4.0.1"))
                            .param("email", newAddress())
                            .param("displayName", "Colleague " + i)
                            .param("password", PASSWORD)
                            .param("agree", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Check your inbox")));
        }
        for (int i = 0; i < 30; i++) {
            TestFixtures.Person colleague = fixtures.member(MemberRole.MEMBER);
            mvc.perform(post("/login")
                            .with(csrf())
                            .with(from("10.4.0.1"))
                            .param("email", colleague.email())
                            .param("password", TestFixtures.PASSWORD))
                    .andExpect(status().is3xxRedirection());
        }

        // One account, tried again and again from many addresses: five an hour (the page that says how long to wait
        // is checked over real HTTP in HostileInputTests, as MockMvc does not render error pages).
        String email = newAddress();
        for (int i = 0; i < 5; i++) {
            signUp(email, "short").andExpect(status().isOk());
        }
        signUp(email, PASSWORD).andExpect(status().isTooManyRequests());
    }
}
