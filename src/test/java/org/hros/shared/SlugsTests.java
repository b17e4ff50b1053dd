package org.hros.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void wordsBecomeLowerCaseAsciiJoinedByHyphens() {
        assertThat(Slugs.slugify("Référence checks — what we got wrong!"))
                .isEqualTo("reference-checks-what-we-got-wrong");
    }

    @Test
    void aTitleWithoutLettersStillHasASlug() {
        assertThat(Slugs.slugify("?!")).isEqualTo("case");
        assertThat(Slugs.slugify(null)).isEqualTo("case");
    }

    @Test
    void aLongTitleIsCutAtAWord() {
        String slug = Slugs.slugify("word ".repeat(40));
        assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-").endsWith("word");
    }

    @Test
    void aTitleThatIsAnActionWordNeverNamesTheAction() {
        assertThat(Slugs.slugify("Edit")).isEqualTo("edit-1");
        assertThat(Slugs.slugify("Replies")).isEqualTo("replies-1");
        assertThat(Slugs.slugify("Edit the job ad")).isEqualTo("edit-the-job-ad");
        assertThat(Slugs.RESERVED)
                .allSatisfy(word -> assertThat(Slugs.slugify(word)).isNotEqualTo(word));
    }
}
