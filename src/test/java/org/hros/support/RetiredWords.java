package org.hros.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.shared.VocabularyKind;
import org.hros.support.TestFixtures.Person;
import org.hros.vocabulary.domain.TermAdministration;
import org.hros.vocabulary.domain.TermCommand;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Words an admin adds and later retires, and forms sent back exactly as a browser would send them: the tests of
 * every module that stores words use these to prove that an edit keeps a retired word its item carried.
 */
public final class RetiredWords {

    private final TermAdministration admin;
    private final long adminId;

    public RetiredWords(TermAdministration admin, long adminId) {
        this.admin = admin;
        this.adminId = adminId;
    }

    /** Adds an active word of this kind with the label {@code "Word <slug>"}; returns its slug. */
    public String add(VocabularyKind kind, String stem) {
        String slug = stem + "-" + UUID.randomUUID().toString().substring(0, 8);
        String quadrant = kind == VocabularyKind.TOPIC || kind == VocabularyKind.SKILL ? "people-culture" : null;
        admin.add(adminId, kind, new TermCommand(slug, label(slug), "", quadrant));
        return slug;
    }

    public void retire(VocabularyKind kind, String slug) {
        admin.retire(adminId, kind, slug);
    }

    /** A word added and retired at once: never given to anything, so no form may add it. */
    public String retired(VocabularyKind kind, String stem) {
        String slug = add(kind, stem);
        retire(kind, slug);
        return slug;
    }

    public static String label(String slug) {
        return "Word " + slug;
    }

    /** The member signed in with this role, as the security context holds them. */
    public static MemberPrincipal principal(Person person, MemberRole role) {
        return new MemberPrincipal(person.id(), person.email(), "h" + person.id(), person.name(), role, true, "");
    }

    /** Pages read and forms sent by one signed-in member, as their browser would. */
    public record SignedIn(MockMvc mvc, MemberPrincipal principal) {

        public SignedIn(MockMvc mvc, Person person, MemberRole role) {
            this(mvc, RetiredWords.principal(person, role));
        }

        /** The form of the page at {@code path} that holds a field with this name. */
        public FormElement form(String path, String field) throws Exception {
            return formWith(
                    mvc.perform(get(path).with(user(principal)))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    field);
        }

        /** Sends the request as this member, with a CSRF token. */
        public MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
            return mvc.perform(request.with(user(principal)).with(csrf()))
                    .andReturn()
                    .getResponse();
        }
    }

    /** The form of the page that holds a field with this name. */
    public static FormElement formWith(String html, String field) {
        Element form = Jsoup.parse(html).selectFirst("form:has([name=" + field + "])");
        if (!(form instanceof FormElement f)) {
            throw new AssertionError("No form with a field " + field);
        }
        return f;
    }

    /** Whether the form offers this value for the field as chosen (a ticked box or a selected option). */
    public static boolean chosen(FormElement form, String field, String value) {
        return !form.select("input[name=" + field + "][value=" + value + "][checked], select[name=" + field
                        + "] option[value=" + value + "][selected]")
                .isEmpty();
    }

    /** The text of the label or option that offers this value for the field. */
    public static String offeredAs(FormElement form, String field, String value) {
        Element box = form.selectFirst("input[name=" + field + "][value=" + value + "]");
        if (box != null) {
            return box.parent().text();
        }
        Element option = form.selectFirst("select[name=" + field + "] option[value=" + value + "]");
        return option == null ? "" : option.text();
    }

    /** Types a new value into a field of the form, as a person would before sending it. */
    public static FormElement type(FormElement form, String field, String value) {
        form.select("[name=" + field + "]").val(value);
        return form;
    }

    /** Picks a value in a select of the form, offered or not (as a crafted request could). */
    public static FormElement choose(FormElement form, String field, String value) {
        Element select = form.selectFirst("select[name=" + field + "]");
        select.select("option").removeAttr("selected");
        Element option = select.selectFirst("option[value=" + value + "]");
        if (option == null) {
            option = select.appendElement("option").attr("value", value);
        }
        option.attr("selected", "selected");
        return form;
    }

    /** The form posted back as it stands (its CSRF field left out: the test adds its own), to its own action. */
    public static MockHttpServletRequestBuilder sendBack(FormElement form) {
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(form.attr("action"));
        form.formData().stream()
                .filter(field -> !field.key().equals("_csrf"))
                .forEach(field -> post.param(field.key(), field.value()));
        return post;
    }
}
