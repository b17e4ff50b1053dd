package org.hros.support;

import org.hros.platform.pagecache.PageCache;
import org.hros.support.TestFixtures.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Common wiring for full-stack tests: MockMvc, fixtures, a clock tests may move, and fresh rate-limit
 * allowances and an empty page cache per test.
 */
@IntegrationTest
public abstract class IntegrationTestBase {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected MutableClock clock;

    @Autowired
    private PageCache pageCache;

    @DynamicPropertySource
    static void mailGoesToTheTestServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestMail::port);
    }

    @BeforeEach
    void forgiveRateLimits() {
        fixtures.limits().reset();
    }

    @Autowired
    private org.hros.shared.Vocabulary.Catalogue words;

    /**
     * Words are checked against the catalogue of the application that started last in this JVM, as there is one per
     * JVM when HROS runs. Tests start several applications (each on its own database): this one's words come first.
     */
    @BeforeEach
    void useThisApplicationsWords() {
        org.hros.shared.Vocabulary.uninstall(words);
        org.hros.shared.Vocabulary.install(words);
    }

    /** Pages kept by an earlier test would otherwise answer this one's first reads. */
    @BeforeEach
    void forgetKeptPages() {
        pageCache.forgetAll();
    }

    @BeforeEach
    void startAtTheRealTime() {
        clock.reset();
    }
}
