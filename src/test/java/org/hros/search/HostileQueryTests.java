package org.hros.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whatever is typed into the box or the API, the answer is results or a 400 with a message — never a 500. */
class HostileQueryTests extends IntegrationTestBase {

    static final List<String> HOSTILE = List.of(
            "x".repeat(10 * 1024),
            "hiring ".repeat(1500),
            "*:*",
            "*",
            "?",
            "title:*",
            "/.*/",
            "/[a-z]+(x|y)*{1,1000}/",
            "(a+)+$",
            "*ing",
            "?iring",
            "\"unbalanced quote",
            "\"\"\"\"",
            "\"",
            "-",
            "--",
            "- - -",
            "-\"\"",
            "-hiring",
            "NOT AND OR",
            "hiring~2 recruiting^10",
            "((((((((((((((((((((hiring",
            "))))]]]]}}}}",
            "{!lucene}hiring",
            "\\",
            "\\\\\\\"",
            "\u0000\u0001\u0002\u001b[31mred\u007f",
            "tab\tnew\nline\rreturn",
            "\uFEFF\u200B\u202E reversed",
            "\uD800 lone surrogate",
            "😀😀😀 emoji",
            "日本語の採用",
            "'; drop table case_document; --",
            "<script>alert(1)</script>",
            "%00%0a%0d",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p",
            "the the the the the",
            "recruitment ".repeat(30).strip(),
            "\"a b c d e f g h i j k l m n o p q r s t u v w x y z\"",
            "supercalifragilisticexpialidocious-antidisestablishmentarianism-floccinaucinihilipilification",
            "x".repeat(400),
            "x".repeat(401));

    @Autowired
    CaseSearch search;

    @Test
    void everyHostileQueryGetsResultsOrA400() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.published(author, editor, "Hiring in a hurry", Outcome.FAILURE, Topic.of("sourcing"));
        SearchSupport.found(search, "hurry", id);

        List<String> failures = new ArrayList<>();
        for (String q : HOSTILE) {
            for (String path : List.of(
                    "/search",
                    "/api/v1/search",
                    "/search/suggest",
                    "/search?kind=requests",
                    "/search?kind=discussion",
                    "/api/v1/search/requests",
                    "/api/v1/search/replies")) {
                int status = mvc.perform(get(path).param("q", q).param("page", "3"))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (status != 200 && status != 400) {
                    failures.add(path + " " + status + " for " + printable(q));
                }
            }
        }
        for (String page : List.of("-1", "0", "999999999", "abc", "1e9")) {
            int status = mvc.perform(get("/search").param("q", "hiring").param("page", page))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 200 && status != 400) {
                failures.add("page " + page + ": " + status);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void tooLongIsA400WithAMessageNextToTheBox() throws Exception {
        String body = mvc.perform(get("/search").param("q", "x".repeat(10 * 1024)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("Your search is too long: use at most 2,000 characters.");
        assertThat(mvc.perform(get("/search").param("q", "x".repeat(10 * 1024)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    private static String printable(String q) {
        String shown = q.length() > 40 ? q.substring(0, 40) + "…(" + q.length() + ")" : q;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
