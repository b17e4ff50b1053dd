package org.hros.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's nginx on a free loopback port, round-robin in front of HROS nodes, configured as docs/deploy.md ("nginx in
 * front") says, plus an {@code X-Upstream} header naming the node that answered, so a test knows which node to kill.
 * Runs in the foreground as a child process with its configuration, logs and temporary files in one folder.
 */
public final class LoopbackNginx implements AutoCloseable {

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/local/sbin/nginx"));

    private final Process process;
    private final int port;
    private final Path folder;

    private LoopbackNginx(Process process, int port, Path folder) {
        this.process = process;
        this.port = port;
        this.folder = folder;
    }

    /** The nginx binary: Debian's, or the first {@code nginx} on the {@code PATH}. */
    public static Optional<Path> binary() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "nginx"));
        return Stream.concat(CANDIDATES.stream(), onPath)
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Starts nginx in {@code folder}, listening on {@code port}, in front of the given loopback ports, and waits until
     * it accepts connections.
     */
    public static LoopbackNginx start(Path folder, int port, int... upstreamPorts) throws Exception {
        Path nginx = binary().orElseThrow(() -> new IllegalStateException("nginx is not installed"));
        Files.createDirectories(folder.resolve("logs"));
        Path temp = Files.createDirectories(folder.resolve("temp"));
        // As root, nginx's workers run as an unprivileged user that must write the buffers of large bodies.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxrwxrwx"));
        String servers = java.util.Arrays.stream(upstreamPorts)
                .mapToObj(p -> "        server 127.0.0.1:" + p + " max_fails=3 fail_timeout=10s;")
                .collect(Collectors.joining("\n"));
        String conf = """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %2$s/body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    upstream hros {
                %3$s
                        keepalive 32;
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        client_max_body_size 2m;
                        location / {
                            proxy_pass http://hros;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_next_upstream error timeout http_502 http_503;
                            add_header X-Upstream $upstream_addr always;
                        }
                    }
                }
                """.formatted(folder, temp, servers, port);
        Path confFile = folder.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        Process process = new ProcessBuilder(
                        nginx.toString(), "-p", folder.toString(), "-c", confFile.toString(), "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("nginx.out").toFile())
                .start();
        LoopbackNginx started = new LoopbackNginx(process, port, folder);
        started.awaitListening(Duration.ofSeconds(20));
        return started;
    }

    private void awaitListening(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + ": "
                        + Files.readString(folder.resolve("nginx.out")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port + " within " + timeout);
    }

    public int port() {
        return port;
    }

    public java.net.URI uri() {
        return java.net.URI.create("http://127.0.0.1:" + port);
    }

    /** Stops nginx (SIGTERM: a fast shutdown) and waits for it. */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
