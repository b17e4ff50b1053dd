package org.hros.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenSearch 2.19 node for tests, in a JVM of its own: inside the test JVM its Netty 4.1 and log4j would
 * clash with the application's. The build compiles its launcher (src/test/opensearch) and writes the class path
 * of OpenSearch's jars from Maven Central to {@code target/opensearch/classpath.txt} (maven-antrun-plugin in the
 * pom). The node listens on free ports on 127.0.0.1, keeps its data in a fresh folder under {@code target/} and
 * stops when {@link #close()} closes its standard input — or when this JVM dies, because that closes it too.
 */
public final class OpenSearchTestNode implements AutoCloseable {

    private static final Path CLASSPATH = Path.of("target", "opensearch", "classpath.txt");
    private static final String MAIN = "org.hros.support.opensearch.OpenSearchTestNodeMain";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final Path home;
    private final Path log;
    private final int httpPort;

    private OpenSearchTestNode(Process process, Path home, Path log, int httpPort) {
        this.process = process;
        this.home = home;
        this.log = log;
        this.httpPort = httpPort;
    }

    /** Starts a node and returns once its cluster is at least yellow. */
    public static OpenSearchTestNode start() {
        if (!Files.isRegularFile(CLASSPATH)) {
            throw new IllegalStateException(
                    CLASSPATH.toAbsolutePath()
                            + " is missing: run the tests through Maven (./mvnw verify), which writes it in generate-test-resources");
        }
        try {
            String classpath = Files.readString(CLASSPATH).trim();
            int httpPort = freePort();
            int transportPort = freePort();
            Path home = Files.createDirectories(Path.of("target", "opensearch"))
                    .resolve("node-" + httpPort)
                    .toAbsolutePath();
            deleteRecursively(home);
            Files.createDirectories(home);
            Path log = home.resolve("node.log");
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(
                            java,
                            "-Xms256m",
                            "-Xmx512m",
                            "-XX:+UseSerialGC",
                            "-Djava.awt.headless=true",
                            "-Dlog4j2.disable.jmx=true",
                            "-cp",
                            classpath,
                            MAIN,
                            home.toString(),
                            Integer.toString(httpPort),
                            Integer.toString(transportPort))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            OpenSearchTestNode node = new OpenSearchTestNode(process, home, log, httpPort);
            node.awaitHealthy();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node's HTTP address, e.g. {@code http://127.0.0.1:41234}. */
    public String uri() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Sends a GET to the node's REST API and returns the body (for assertions on what the node holds). */
    public String get(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(uri() + path))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create(uri() + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "OpenSearch exited with " + process.exitValue() + " during start:\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException("OpenSearch did not become healthy in " + START_TIMEOUT + ":\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    @Override
    public void close() {
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.close();
        } catch (IOException ignored) {
            // the node is already gone
        }
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteRecursively(home.resolve("data"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
