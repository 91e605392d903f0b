// A local Neo4j 5 Community server for development and tests: the embedded DBMS with its Bolt
// connector on loopback, authentication on, HTTP off, bounded transactions and memory, and no file
// or network access from Cypher. Prints one READY line when Bolt answers; stops cleanly on SIGTERM.
package actorgraph.launcher;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) throws Exception {
    LauncherSettings settings;
    try {
      settings = LauncherSettings.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("neo4j-launcher: " + e.getMessage());
      System.exit(2);
      return;
    }
    Files.createDirectories(settings.home());
    long started = System.nanoTime();
    DatabaseManagementService dbms = build(settings);
    // Registered before anything else can fail, so SIGTERM/SIGINT always shut the DBMS down and
    // release its store locks.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("neo4j-launcher: stopping");
      dbms.shutdown();
      System.out.println("neo4j-launcher: stopped");
    }, "neo4j-launcher-shutdown"));
    setPassword(dbms, settings.password());
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "READY bolt://127.0.0.1:%d neo4j-version=%s started-ms=%d%n",
        settings.port(), org.neo4j.kernel.internal.Version.getNeo4jVersion(), ms);
    System.out.flush();
    // The DBMS threads keep the JVM alive; the shutdown hook ends it.
    Thread.currentThread().join();
  }

  private static DatabaseManagementService build(LauncherSettings s) {
    return new DatabaseManagementServiceBuilder(s.home())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", s.port()))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", s.port()))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // Every transaction ends within this bound, whatever the client asks for.
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMillis(s.transactionTimeoutMs()))
        // One query cannot take the heap: Neo4j refuses a transaction past this much tracked memory.
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, s.transactionMemoryBytes())
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, s.transactionMemoryBytes() * 4)
        .setConfig(GraphDatabaseSettings.pagecache_memory, s.pageCacheBytes())
        // Cypher may not read local files (LOAD CSV file:///) nor reach any address (LOAD CSV http).
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        // Community has no public setting for this; the internal one is what Neo4j's own LOAD CSV checks.
        .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, blockEverything())
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .build();
  }

  private static List<IPAddressString> blockEverything() {
    return List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0"));
  }

  /** The built-in user's password, set on every start so a changed NEO4J_PASSWORD takes effect. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to set the password it already has; anything else is a real failure.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }
}
