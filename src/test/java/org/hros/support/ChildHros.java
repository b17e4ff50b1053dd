package org.hros.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One HROS running in a child JVM, as an operator would run it, and the PostgreSQL it started: for tests that
 * kill the application and its database for real. The child gets its own port, the given data folder and the given
 * {@code --key=value} arguments; its output goes to {@code <logDir>/<name>.log}.
 */
public final class ChildHros {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path logFile;
    private final HttpClient probe =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Long postmasterPid;
    private boolean killed;
    private boolean postmasterKilled;

    private ChildHros(Process process, int port, Path dataDir, Path logFile) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.logFile = logFile;
    }

    /**
     * Starts HROS on a free port with {@code dataDir} as its data folder and returns at once; {@link #awaitReady}
     * waits for it. The environment's {@code SPRING_*} and {@code HROS_*} variables are not passed on.
     */
    public static ChildHros launch(String name, Path dataDir, Path logDir, String... arguments) throws IOException {
        int port = freePort();
        Path logFile = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        if (Runtime.version().feature() >= 24) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.add("-cp");
        command.add(applicationClassPath());
        command.add("org.hros.HrosApplication");
        command.add("--server.port=" + port);
        command.add("--hros.data-dir=" + dataDir);
        // Behind a proxy the arguments name the proxy's address instead (a repeated argument would join both).
        if (Arrays.stream(arguments).noneMatch(a -> a.startsWith("--hros.base-url="))) {
            command.add("--hros.base-url=http://127.0.0.1:" + port);
        }
        command.addAll(Arrays.asList(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        // The child must use its own embedded database, whatever the build environment points at.
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("HROS_"));
        return new ChildHros(builder.start(), port, dataDir, logFile);
    }

    /**
     * The surefire class path without the test classes: the child runs the application as an operator would, and
     * must not pick up test configuration (the test mail server, fixtures) through component scanning.
     */
    private static String applicationClassPath() {
        Path testClasses = Paths.get("target", "test-classes").toAbsolutePath();
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> !Paths.get(entry).toAbsolutePath().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Polls {@code /actuator/health} until it is UP, then notes the postmaster's pid; fails after {@code timeout}. */
    public void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("HROS exited with " + process.exitValue() + " before it was ready:\n" + logTail());
            }
            try {
                HttpResponse<String> health = probe.send(
                        HttpRequest.newBuilder(uri("/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    // A node pointed at a database of its own (spring.datasource.url) started no postmaster.
                    if (Files.exists(dataDir.resolve("pg").resolve("postmaster.pid"))) {
                        postmasterPid = readPostmasterPid();
                    }
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(200);
        }
        fail("HROS was not UP within " + timeout + ":\n" + logTail());
    }

    /** The postmaster's pid as it was when HROS became ready. */
    public long postmasterPid() {
        return postmasterPid;
    }

    /** The postmaster's pid, the first line of its lock file. */
    private long readPostmasterPid() throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"));
        return Long.parseLong(lines.get(0).trim());
    }

    public boolean postmasterKilled() {
        return postmasterKilled;
    }

    /** Signs in through the login form; the session keeps the cookies. */
    public ChildSession login(String email, String password) throws Exception {
        ChildSession session = new ChildSession(this);
        HttpResponse<String> response =
                session.post("/login", "email", email, "password", password, "_csrf", session.csrf("/login"));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            fail("Login failed for " + email + ": " + response.statusCode() + " to " + location + "\n" + logTail());
        }
        return session;
    }

    /**
     * SIGKILL for the JVM and, if asked, for its postmaster: no shutdown hook or checkpoint gets to run. A
     * postmaster left running is an orphan, as after an out-of-memory kill of the JVM alone. Killing again does
     * nothing more than what was not yet killed.
     */
    public void kill(boolean alsoPostmaster) {
        Optional<ProcessHandle> postmaster = Optional.empty();
        if (alsoPostmaster && !postmasterKilled) {
            try {
                long pid = postmasterPid != null ? postmasterPid : readPostmasterPid();
                postmaster = ProcessHandle.of(pid)
                        .filter(p -> p.info()
                                .command()
                                .map(c -> c.endsWith("postgres"))
                                .orElse(false));
            } catch (IOException | RuntimeException noLockFile) {
                // the database never started
            }
        }
        if (!killed) {
            killed = true;
            process.destroyForcibly();
        }
        if (alsoPostmaster && !postmasterKilled) {
            postmasterKilled = true;
            postmaster.ifPresent(ProcessHandle::destroyForcibly);
        }
        try {
            process.waitFor(30, TimeUnit.SECONDS);
            if (postmaster.isPresent()) {
                postmaster.get().onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("A killed process did not exit", e);
        }
    }

    /** The last 80 lines of the child's output. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** A browser-like client of a {@link ChildHros}: cookies kept, redirects not followed. */
    public static final class ChildSession {

        private final ChildHros hros;
        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        public ChildSession(ChildHros hros) {
            this.hros = hros;
        }

        /** The page at {@code path}, which must answer 200. */
        public String get(String path) throws Exception {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(hros.uri(path))
                            .header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
            return response.body();
        }

        /** The CSRF token of the first form on the page at {@code path}. */
        public String csrf(String path) throws Exception {
            Matcher m = CSRF.matcher(get(path));
            if (!m.find()) {
                fail("No CSRF token on " + path);
            }
            return m.group(1);
        }

        /** Posts a form of name, value pairs. */
        public HttpResponse<String> post(String path, String... pairs) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(hros.uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(form(pairs)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static String form(String... pairs) {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < pairs.length; i += 2) {
                if (form.length() > 0) {
                    form.append('&');
                }
                form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
            return form.toString();
        }
    }
}
