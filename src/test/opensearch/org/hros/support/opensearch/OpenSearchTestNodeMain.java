package org.hros.support.opensearch;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.knn.plugin.KNNPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single OpenSearch node for tests, started in a JVM of its own by OpenSearchTestNode (src/test/java).
 * Compiled by the build against OpenSearch's jars, never on the application's class path.
 *
 * <p>Arguments: home folder, HTTP port, transport port. The node stops when its standard input closes,
 * so it never outlives the test JVM that started it.
 */
public final class OpenSearchTestNodeMain {

    private static final class TestNode extends Node {
        TestNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "hros-test"), plugins, true);
        }
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "hros-test")
                .put("node.name", "hros-test")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args[1])
                .put("transport.port", args[2])
                .put("http.type", Netty4Plugin.NETTY_HTTP_TRANSPORT_NAME)
                .put("transport.type", Netty4Plugin.NETTY_TRANSPORT_NAME)
                // Small machines: never refuse writes because the test disk is fuller than a server's.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", true)
                .build();
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName("hros-test");
        LogConfigurator.configureWithoutConfig(settings);
        Node node = new TestNode(settings, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class, KNNPlugin.class));
        node.start();
        System.out.println("OPENSEARCH STARTED http://127.0.0.1:" + args[1]);
        System.out.flush();
        // Stop when the parent closes our standard input (or dies).
        while (System.in.read() != -1) {
            // ignore anything written to us
        }
        node.close();
        System.exit(0);
    }
}
