package org.hros.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.hros.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The application reads its texts from every module's message file, with their UTF-8 characters intact. */
class MessageSourceTests extends IntegrationTestBase {

    @Autowired
    MessageSource messageSource;

    @Test
    void everyMessageFileIsReadByTheApplication() throws IOException {
        int checked = 0;
        for (Path file : MessageFiles.files()) {
            Properties messages = MessageFiles.load(file);
            for (String key : messages.stringPropertyNames()) {
                assertThat(messageSource.getMessage(key, null, Locale.ENGLISH))
                        .as(file.getFileName() + ": " + key)
                        .isEqualTo(messages.getProperty(key));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(2000);
        assertThat(messageSource.getMessage("form.choose", null, Locale.ENGLISH))
                .isEqualTo("Choose…");
    }
}
