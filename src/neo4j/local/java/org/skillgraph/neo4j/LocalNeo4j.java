package org.skillgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Neo4j's documented "embedded DBMS with a Bolt connector" set-up, used as the project's local database.
 *
 * <p>Usage: {@code java -cp lib/* org.skillgraph.neo4j.LocalNeo4j <home> <neo4j.conf>}. Settings are
 * neo4j.conf keys (server.bolt.listen_address, server.memory.pagecache.size, ...). The password for user
 * {@code neo4j} comes from the environment variable SKILLGRAPH_NEO4J_PASSWORD and is (re)applied at each start.
 *
 * <p>Prints {@code SKILLGRAPH_NEO4J_READY} once Bolt accepts connections. Stops cleanly on SIGTERM/SIGINT, and also
 * when standard input closes, so the database never outlives the Node process that started it.
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LocalNeo4j <home> <neo4j.conf>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String password = System.getenv("SKILLGRAPH_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("SKILLGRAPH_NEO4J_PASSWORD must be set (8 characters or more)");
            System.exit(2);
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(Path.of(args[1]).toAbsolutePath())
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "skillgraph-neo4j-shutdown"));
        setPassword(dbms, password);
        System.out.println("SKILLGRAPH_NEO4J_READY");
        System.out.flush();

        Thread stdinWatcher = new Thread(() -> exitWhenStdinCloses(System.in), "skillgraph-stdin-watcher");
        stdinWatcher.setDaemon(true);
        stdinWatcher.start();
        Thread.currentThread().join();
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system")
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to its current value: that means it is already set.
            if (!e.getMessage().contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static void exitWhenStdinCloses(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only end-of-stream matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone, as does end-of-stream.
        }
        System.exit(0);
    }
}
