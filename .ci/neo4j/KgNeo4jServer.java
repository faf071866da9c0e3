import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.server.configuration.ServerSettings;

/**
 * A real Neo4j 5.26 Community server (Bolt + HTTP + Browser) in one JVM, via neo4j-harness.
 * Usage: java -cp 'classes:lib/*' KgNeo4jServer RUN_DIR. Runs until SIGTERM/SIGINT.
 *
 * The harness is built for throw-away test servers, so two defaults are overridden:
 * - it homes every build in a fresh RUN_DIR/harness/<md5> folder (deleted on close):
 *   neo4j_home is pointed at RUN_DIR/home so the data survives restarts;
 * - it disables auth and binds random ports: auth is enabled and ports fixed here.
 */
public final class KgNeo4jServer {
    public static void main(String[] args) throws Exception {
        try {
            start(args);
        } catch (Throwable e) { // e.g. port in use: exit, or Neo4j's threads keep the JVM alive
            e.printStackTrace();
            System.exit(1); // also runs the shutdown hook, if registered
        }
    }

    private static void start(String[] args) throws Exception {
        Path run = Path.of(args.length > 0 ? args[0] : "run").toAbsolutePath();
        Path home = run.resolve("home");
        Files.createDirectories(home);
        int bolt = intEnv("NEO4J_BOLT_PORT", 7687);
        int http = intEnv("NEO4J_HTTP_PORT", 7474);
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "kgpassword");

        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(run.resolve("harness"))
                .withConfig(GraphDatabaseSettings.neo4j_home, home)
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(GraphDatabaseSettings.udc_enabled, false) // no usage reports
                .withConfig(ServerSettings.allow_telemetry, false) // nor from Neo4j Browser (and no banner)
                .withConfig(GraphDatabaseSettings.pagecache_memory, 256L << 20) // harness default: 8 MiB
                // Internal settings: two 5 s waits in Bolt's shutdown made ./down take ~12 s, now ~4 s.
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", bolt))
                .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", bolt))
                .withConfig(HttpConnector.enabled, true)
                .withConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", http))
                .withConfig(HttpConnector.advertised_address, new SocketAddress("127.0.0.1", http))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("KG_NEO4J_STOPPING");
            neo4j.close(); // clean shutdown: checkpoint, release store locks
            System.out.println("KG_NEO4J_STOPPED");
            stopped.countDown();
        }));

        setPassword(neo4j, password);
        // ./up waits for this marker (printed only once the password is in place).
        System.out.println("KG_NEO4J_READY bolt=" + neo4j.boltURI() + " http=" + neo4j.httpURI()
                + " after " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
        stopped.await();
    }

    /**
     * The harness never sets a password, and the initial one ("neo4j") must be changed before
     * use. Embedded transactions bypass auth, so ALTER USER on the system database works; done
     * on every start so NEO4J_PASSWORD also wins over an existing data dir.
     */
    private static void setPassword(Neo4j neo4j, String password) {
        try {
            neo4j.databaseManagementService().database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to itself: then it is already right.
            if (!String.valueOf(rootCause(e).getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null) t = t.getCause();
        return t;
    }

    private static int intEnv(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }
}
