package org.hros;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
                Files.write(diagram, relationsInStableOrder(Files.readAllLines(diagram)));
            }
        }
        assertThat(Files.readString(DOCS.resolve("components.puml")))
                .contains("Caselibrary", "Members", "Editorialreview", "Moderation");
        assertThat(DOCS.resolve("module-casestudy.puml")).exists();
    }

    /** The documenter lists relations in no fixed order; sorting them keeps the diagrams stable in git. */
    static List<String> relationsInStableOrder(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            result.addAll(run);
            run.clear();
            result.add(line);
        }
        run.sort(null);
        result.addAll(run);
        return result;
    }
}
