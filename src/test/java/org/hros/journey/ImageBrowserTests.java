package org.hros.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.image.TestImages;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.Browser;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * An image in a case, in a real browser: uploaded with its description while writing a section, put where the
 * cursor was, shown in the section's preview and on the published page, under the site's strict content policy.
 */
@Tag("browser")
class ImageBrowserTests extends IntegrationTestBase {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MessageSource messages;

    @Autowired
    CaseAuthoring authoring;

    @TempDir
    Path folder;

    @Test
    void anImageUploadedIntoASectionShowsInThePreviewAndOnThePublishedPage() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id = fixtures.draft(author, "The funnel we never measured", Outcome.FAILURE, Topic.of("sourcing"));
        Path photo = folder.resolve("IMG_4411.jpg");
        Files.write(photo, TestImages.jpegWithSecrets(author.name(), author.email(), "SN-BROWSER-1"));
        browser.session("writer");
        browser.logIn(author.email(), messages);
        browser.open("/my/cases/" + id);
        browser.waitForHeading("The funnel we never measured");

        // The author writes in "What we got wrong", then adds the image where the cursor is.
        WebElement wrong = browser.visible(By.id("wrong"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", wrong);
        wrong.sendKeys(Keys.chord(Keys.CONTROL, "a"), "We only counted hires:");
        browser.visible(By.id("image-upload-file")).sendKeys(photo.toString());
        browser.type(By.id("image-upload-alt"), "Funnel chart with no numbers between applied and hired");
        browser.click(By.cssSelector("#image-upload button[type=submit]"));

        browser.until(d -> wrong.getDomProperty("value").contains("/images/"));
        String text = wrong.getDomProperty("value");
        assertThat(text)
                .startsWith("We only counted hires:\n\n")
                .containsPattern(
                        "!\\[Funnel chart with no numbers between applied and hired]\\(/images/[0-9a-f]{32}\\)");
        assertThat(browser.text(By.cssSelector("#image-upload [data-image-result]")))
                .contains(t("image.inserted"));

        // The preview shows the picture itself, loaded from HROS under the content policy.
        browser.click(By.cssSelector("#section-wrong button[name=preview]"));
        WebElement preview = browser.visible(By.cssSelector("#preview-wrong img"));
        assertThat(preview.getDomAttribute("alt")).isEqualTo("Funnel chart with no numbers between applied and hired");
        browser.until(d -> loaded(preview));

        // Saved (the autosave, or the button), sent for review and published.
        browser.until(
                d -> authoring.draft(author.id(), id).markdown(Section.WRONG).contains("/images/"));
        authoring.submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());

        browser.open(authoring.draft(author.id(), id).publicPath());
        WebElement published = browser.visible(By.cssSelector("main img[src^='/images/']"));
        assertThat(published.getDomAttribute("alt"))
                .isEqualTo("Funnel chart with no numbers between applied and hired");
        browser.until(d -> loaded(published));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static boolean loaded(WebElement image) {
        return Boolean.TRUE.equals(
                browser.script("return arguments[0].complete && arguments[0].naturalWidth === 64;", image));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
