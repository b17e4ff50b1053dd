package org.hros.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.hros.member.MemberAdministration;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Uploading images while writing and serving them: only pictures are taken, whatever their name or claimed type
 * says; nothing of the file but its pixels is served back; broken, oversized and bomb files get the file field's
 * message, never a 500.
 */
class ImageUploadTests extends IntegrationTestBase {

    static final Pattern ADDRESS = Pattern.compile("\\(/images/([0-9a-f]{32})\\)");

    @Autowired
    MemberAdministration administration;

    Person member;

    @BeforeEach
    void aMember() {
        member = fixtures.member(MemberRole.MEMBER);
    }

    static MemberPrincipal principal(Person p) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), MemberRole.MEMBER, true, "");
    }

    private MockMultipartHttpServletRequestBuilder upload(byte[] bytes, String alt) {
        return upload(new MockMultipartFile("file", "holiday.jpg", "image/jpeg", bytes), alt);
    }

    private MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file, String alt) {
        MockMultipartHttpServletRequestBuilder request = multipart("/images").file(file);
        if (alt != null) {
            request.param("alt", alt);
        }
        request.with(user(principal(member))).with(csrf());
        return request;
    }

    private String uploaded(byte[] bytes) throws Exception {
        String page = mvc.perform(upload(bytes, "Funnel from 900 applicants to 3 hires"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = ADDRESS.matcher(page);
        assertThat(m.find()).as("the page shows the Markdown to paste").isTrue();
        assertThat(page).contains("![Funnel from 900 applicants to 3 hires](/images/" + m.group(1) + ")");
        return m.group(1);
    }

    private MockHttpServletResponse served(String id) throws Exception {
        return mvc.perform(get("/images/" + id)).andReturn().getResponse();
    }

    @Test
    void servedJpegCarriesNoneOfTheFilesMetadata() throws Exception {
        byte[] file = TestImages.jpegWithSecrets("Dana Whistleblower", "dana@employer.example", "SN-4491-CANARY");
        assertThat(TestImages.contains(file, "SN-4491-CANARY"))
                .as("the test file carries its secrets")
                .isTrue();

        MockHttpServletResponse image = served(uploaded(file));

        byte[] bytes = image.getContentAsByteArray();
        assertThat(image.getContentType()).isEqualTo("image/jpeg");
        for (String secret :
                new String[] {"Dana", "Whistleblower", "dana@employer", "SN-4491", "Exif", "xap", "Taken by"}) {
            assertThat(TestImages.contains(bytes, secret)).as(secret).isFalse();
        }
        assertThat(TestImages.contains(file, TestImages.GPS_LATITUDE)).isTrue();
        assertThat(TestImages.contains(bytes, TestImages.GPS_LATITUDE))
                .as("GPS")
                .isFalse();
        assertThat(TestImages.jpegMarkers(bytes)).doesNotContain(0xE1, 0xFE).contains(0xDA);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(picture.getWidth()).isEqualTo(64);
        assertThat(picture.getHeight()).isEqualTo(48);
    }

    @Test
    void imagesAreServedImmutableUnsniffableAndUnderTheSitePolicyToAnyone() throws Exception {
        String id = uploaded(TestImages.png(40, 30));
        mvc.perform(get("/images/" + id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andExpect(header().string("Cache-Control", containsString("immutable")))
                .andExpect(header().string("Cache-Control", containsString("public")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().doesNotExist("Set-Cookie"));
        MockHttpServletResponse image = served(id);
        for (String name : image.getHeaderNames()) {
            assertThat(image.getHeaders(name).toString())
                    .as(name)
                    .doesNotContain(member.name(), member.email(), "h" + member.id(), "holiday");
        }
        mvc.perform(get("/images/" + "0".repeat(32))).andExpect(status().isNotFound());
        mvc.perform(get("/images/not-an-id")).andExpect(status().isNotFound());
    }

    @Test
    void theTypeComesFromTheBytesNotTheNameOrTheClaimedType() throws Exception {
        byte[] png = TestImages.png(12, 12);
        String page = mvc.perform(upload(new MockMultipartFile("file", "photo.jpg", "text/html", png), "A chart"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = ADDRESS.matcher(page);
        assertThat(m.find()).isTrue();
        assertThat(served(m.group(1)).getContentType()).isEqualTo("image/png");

        byte[] html = "<html><script>alert(1)</script></html>".getBytes();
        mvc.perform(upload(new MockMultipartFile("file", "chart.png", "image/png", html), "A chart"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("not a JPEG, PNG, WebP or GIF image")));
    }

    @Test
    void brokenTruncatedAndPolyglotFilesGetTheFieldsMessage() throws Exception {
        byte[] jpeg = TestImages.jpeg(200, 100);
        byte[][] broken = {
            Arrays.copyOf(jpeg, 120),
            Arrays.copyOf(TestImages.png(50, 50), 60),
            TestImages.concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, new byte[500]),
            "GIF89a<script>alert(document.domain)</script>".getBytes(),
            TestImages.concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "<svg onload=alert(1)>".getBytes()),
            "RIFF\0\0\0\0WEBPVP8 garbage".getBytes()
        };
        for (byte[] file : broken) {
            mvc.perform(upload(file, "Broken"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("could not be read")));
        }
    }

    @Test
    void aPolyglotsTrailingScriptIsNotServed() throws Exception {
        byte[] file = TestImages.pngWithTrailingHtml();
        assertThat(TestImages.contains(file, "<script>")).isTrue();
        byte[] served = served(uploaded(file)).getContentAsByteArray();
        assertThat(TestImages.contains(served, "<script>")).isFalse();
        assertThat(TestImages.contains(served, "<html>")).isFalse();
    }

    @Test
    void oversizedFilesAndDecompressionBombsAreRefusedUnread() throws Exception {
        byte[] huge = TestImages.concat(TestImages.png(10, 10), new byte[8 * 1024 * 1024]);
        mvc.perform(upload(huge, "Too big"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("larger than 8 MB")));

        long started = System.nanoTime();
        mvc.perform(upload(TestImages.pngClaiming(100_000, 100_000), "A bomb"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("more than 40 megapixels")));
        mvc.perform(upload(TestImages.pngClaiming(7_000, 7_000), "Just over"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("more than 40 megapixels")));
        assertThat(System.nanoTime() - started)
                .as("refused from the header alone")
                .isLessThan(5_000_000_000L);
    }

    @Test
    void veryWideImagesAreScaledDownAndGifsKeepTheirFirstFrame() throws Exception {
        BufferedImage wide = ImageIO.read(new ByteArrayInputStream(
                served(uploaded(TestImages.jpeg(3000, 300))).getContentAsByteArray()));
        assertThat(wide.getWidth()).isEqualTo(2000);
        assertThat(wide.getHeight()).isEqualTo(200);

        MockHttpServletResponse gif = served(uploaded(TestImages.gif(30, 20)));
        assertThat(gif.getContentType()).isEqualTo("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(gif.getContentAsByteArray()))
                        .getWidth())
                .isEqualTo(30);
    }

    @Test
    void aPhotoTakenSidewaysIsStoredUprightThoughItsExifIsGone() throws Exception {
        // The picture is stored 60 wide and 20 high, with an orange band on its left; EXIF says "turn 90° right".
        byte[] file = TestImages.jpegWithOrientation(60, 20, 6);
        byte[] served = served(uploaded(file)).getContentAsByteArray();
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(served));
        assertThat(upright.getWidth()).isEqualTo(20);
        assertThat(upright.getHeight()).isEqualTo(60);
        // Turned right, the left band is now at the top.
        java.awt.Color top = new java.awt.Color(upright.getRGB(10, 3));
        java.awt.Color bottom = new java.awt.Color(upright.getRGB(10, 56));
        assertThat(top.getRed()).isGreaterThan(200);
        assertThat(bottom.getRed()).isLessThan(80);
        assertThat(TestImages.jpegMarkers(served)).doesNotContain(0xE1);
    }

    @Test
    void webpIsReadAndStoredAsAFormatEveryBrowserShows() throws Exception {
        // A 1×1 lossless WebP, as browsers and phones save them.
        byte[] webp = java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
        MockHttpServletResponse image = served(uploaded(webp));
        assertThat(image.getContentType()).isIn("image/png", "image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(image.getContentAsByteArray()))
                        .getWidth())
                .isEqualTo(1);
    }

    @Test
    void altTextIsRequiredAndSaidNextToTheField() throws Exception {
        mvc.perform(upload(TestImages.png(10, 10), null))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Describe the image, for readers who cannot see it.")));
        mvc.perform(upload(TestImages.png(10, 10), "   "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Describe the image, for readers who cannot see it.")));
        mvc.perform(upload(TestImages.png(10, 10), "x".repeat(301)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("under 300 characters")));
        mvc.perform(multipart("/images")
                        .param("alt", "")
                        .with(user(principal(member)))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose an image file.")))
                .andExpect(content().string(containsString("Describe the image")));
    }

    @Test
    void altTextCannotBreakOutOfTheMarkdown() throws Exception {
        String page = mvc.perform(upload(TestImages.png(10, 10), "A [chart](javascript:alert(1)) \\ here\nnext"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("![A \\[chart\\](javascript:alert(1)) \\\\ here next](/images/");
    }

    @Test
    void theScriptGetsAFragmentWithTheMarkdownToInsert() throws Exception {
        mvc.perform(upload(TestImages.png(10, 10), "A chart").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-image-markdown=\"![A chart](/images/")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
        mvc.perform(upload(TestImages.png(10, 10), "").header("HX-Request", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("data-image-failed")))
                .andExpect(content().string(containsString("Describe the image")));
    }

    @Test
    void silencedMembersAndVisitorsCannotUpload() throws Exception {
        Person admin = fixtures.member(MemberRole.ADMIN);
        administration.silence(admin.id(), member.id(), "Posting adverts", null);
        mvc.perform(upload(TestImages.png(10, 10), "A chart")).andExpect(status().isForbidden());

        mvc.perform(multipart("/images")
                        .file(new MockMultipartFile("file", "a.png", "image/png", TestImages.png(10, 10)))
                        .param("alt", "A chart")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/images/new")).andExpect(status().is3xxRedirection());
    }

    @Test
    void uploadsCountAgainstThePostingAllowance() throws Exception {
        int answered429 = 0;
        for (int i = 0; i < 31 && answered429 == 0; i++) {
            int status = mvc.perform(upload(TestImages.png(4, 4), "Dot " + i))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            answered429 = status == 429 ? i : 0;
        }
        assertThat(answered429).as("the 31st upload in ten minutes is refused").isEqualTo(30);
    }
}
