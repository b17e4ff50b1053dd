package org.hros;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(HrosApplication.class);

    @Test
    void modulesOnlyUseEachOthersApis() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramIntoTheDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (Stream<Path> diagrams = Files.list(DOCS)) {
            for (Path diagram :
                    diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }
        assertThat(Files.readString(DOCS.resolve("components.puml")))
                .contains("Caselibrary", "Members", "Editorialreview", "Moderation");
        assertThat(DOCS.resolve("module-casestudy.puml")).exists();
    }

    /**
     * The documenter lists the modules and the relations between them in no fixed order (the modules come from hash
     * maps), and now and then writes a relation twice: each run of module or relation lines is sorted and written
     * once, so that the diagrams only change in git when the modules do.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> result = new ArrayList<>();
        SortedSet<String> run = new TreeSet<>();
        String kind = null;
        for (String line : lines) {
            String lineKind = sortedKind(line);
            if (lineKind == null || !lineKind.equals(kind)) {
                result.addAll(run);
                run.clear();
            }
            kind = lineKind;
            if (lineKind == null) {
                result.add(line);
            } else {
                run.add(line);
            }
        }
        result.addAll(run);
        return result;
    }

    /** Which sorted run a line belongs to: a relation, a module, or none (kept where it stands). */
    private static String sortedKind(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("Rel(")) {
            return "relation";
        }
        if (trimmed.startsWith("Component(")) {
            return "module";
        }
        return null;
    }
}
