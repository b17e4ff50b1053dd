package org.hros.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** All user-facing text lives in the message files: templates hold markup and message keys only. */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern KEY = Pattern.compile("ctx\\.t\\(\"([^\"]+)\"");

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            String text = visibleText(Files.readString(template));
            Matcher words = Pattern.compile("\\p{L}{2,}").matcher(text);
            if (words.find()) {
                offenders.add(TEMPLATES.relativize(template) + ": \"" + words.group() + "\"");
            }
        }
        assertThat(offenders).as("text outside the message files").isEmpty();
    }

    @Test
    void theCheckSeesTextButNotCode() {
        String template = """
                @param PageContext ctx
                @template.layout(ctx = ctx, title = ctx.t("x"), content = @`
                    @if(ctx.signedIn() && list.size() > 1)<p class="muted">${ctx.t("k", 1)}</p>@endif
                    <h1>Welcome back</h1>
                `)
                """;
        assertThat(visibleText(template)).contains("Welcome back").doesNotContain("muted", "signedIn", "ctx");
    }

    /**
     * A message with arguments goes through {@link java.text.MessageFormat}, where a single apostrophe starts a
     * quoted part: "the team's {0}" would lose its apostrophe and never show the argument. Such messages write it
     * twice ({@code ''}).
     */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        Properties messages = MessageFiles.all();
        List<String> offenders = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            if (Pattern.compile("\\{\\d").matcher(text).find()
                    && Pattern.compile("(?<!')'(?!')").matcher(text).find()) {
                offenders.add(key + "=" + text);
            }
        }
        assertThat(offenders)
                .as("messages with arguments and a single apostrophe")
                .isEmpty();
    }

    @Test
    void everyMessageKeyUsedExists() throws IOException {
        Properties messages = MessageFiles.all();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher keys = KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!messages.containsKey(keys.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** What a reader would see of a template: no directives, expressions, tags, comments or entities. */
    static String visibleText(String template) {
        String text = template.replaceAll("(?m)^\\s*@(import|param).*$", "")
                .replaceAll("!\\{[^}]*}", "")
                .replaceAll("<!--.*?-->", "");
        text = stripBalanced(text, "${");
        text = stripBalanced(text, "$unsafe{");
        text = stripDirectives(text);
        text = text.replaceAll("@(else|endif|endfor)", "")
                .replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("&\\w+;", " ")
                .replaceAll("[`@]", " ");
        return text;
    }

    /**
     * Removes {@code @if(...)}, {@code @for(...)} and the argument list of {@code @template.x(...)} up to its
     * first content block, keeping the markup inside content blocks.
     */
    private static String stripDirectives(String text) {
        Matcher directive =
                Pattern.compile("@(if|elseif|for|template\\.[\\w.]+)\\(").matcher(text);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (directive.find(i)) {
            out.append(text, i, directive.start());
            int depth = 1;
            int j = directive.end();
            for (; j < text.length() && depth > 0; j++) {
                char c = text.charAt(j);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '@' && j + 1 < text.length() && text.charAt(j + 1) == '`') {
                    j += 2;
                    break;
                }
            }
            i = j;
        }
        out.append(text.substring(i));
        return out.toString();
    }

    private static String stripBalanced(String text, String opener) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int start = text.indexOf(opener, i);
            if (start < 0) {
                out.append(text.substring(i));
                return out.toString();
            }
            out.append(text, i, start);
            int depth = 0;
            int j = start + opener.length() - 1;
            for (; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            i = j + 1;
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        }
    }
}
