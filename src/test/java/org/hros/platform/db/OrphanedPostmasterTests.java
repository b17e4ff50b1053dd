package org.hros.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up clean-up of a postmaster left behind by a killed HROS. A stand-in process whose executable is
 * called {@code postgres} plays the postmaster; another JVM holding the data folder's lock plays a running HROS.
 */
class OrphanedPostmasterTests {

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    void anOrphanWhoseOwnerIsGoneIsStopped() throws Exception {
        Process orphan = fakePostmaster();
        Files.writeString(dir.resolve(OrphanedPostmaster.OWNER_LOCK), "");

        OrphanedPostmaster.stopIfRunning(dir);

        assertThat(orphan.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aPostmasterWhoseOwnerStillRunsIsLeftAloneAndTheStartRefused() throws Exception {
        Process postmaster = fakePostmaster();
        holdLockInAnotherProcess(dir.resolve(OrphanedPostmaster.OWNER_LOCK));

        assertThatThrownBy(() -> OrphanedPostmaster.stopIfRunning(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use by another running HROS");
        assertThat(postmaster.isAlive()).isTrue();
    }

    @Test
    void nothingToDoWithoutALockFile() {
        OrphanedPostmaster.stopIfRunning(dir);
        assertThat(dir).isEmptyDirectory();
    }

    /** {@code sleep} under the name {@code postgres}, with its pid in the data folder's lock file. */
    private Process fakePostmaster() throws IOException {
        Path postgres = dir.resolve("bin").resolve("postgres");
        Files.createDirectories(postgres.getParent());
        Files.copy(Paths.get("/bin/sleep"), postgres);
        postgres.toFile().setExecutable(true);
        Process process = start(postgres.toString(), "60");
        Files.writeString(dir.resolve("postmaster.pid"), process.pid() + "\n" + dir + "\n");
        return process;
    }

    private void holdLockInAnotherProcess(Path lockFile) throws IOException {
        Path source = dir.resolve("HoldLock.java");
        Files.writeString(source, """
                import java.nio.channels.FileChannel;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;
                public class HoldLock {
                    public static void main(String[] args) throws Exception {
                        FileChannel channel = FileChannel.open(Path.of(args[0]),
                                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        channel.lock();
                        System.out.println("locked");
                        Thread.sleep(60_000);
                    }
                }
                """);
        Process holder = start(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                source.toString(),
                lockFile.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("locked");
    }

    private Process start(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        children.add(process);
        return process;
    }
}
