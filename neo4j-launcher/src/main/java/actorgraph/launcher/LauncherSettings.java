// What the launcher reads from its environment, checked before Neo4j starts so a bad value is one
// clear line instead of a stack trace.
package actorgraph.launcher;

import java.nio.file.Path;
import java.util.Map;

record LauncherSettings(
    Path home, int port, String password, long transactionTimeoutMs, long transactionMemoryBytes, long pageCacheBytes) {

  static LauncherSettings fromEnvironment(Map<String, String> env) {
    String password = env.getOrDefault("NEO4J_PASSWORD", "");
    // Neo4j itself refuses passwords under 8 characters.
    if (password.length() < 8) {
      throw new IllegalArgumentException("NEO4J_PASSWORD must be set, with at least 8 characters");
    }
    String home = env.getOrDefault("NEO4J_LAUNCHER_HOME", "");
    if (home.isBlank()) throw new IllegalArgumentException("NEO4J_LAUNCHER_HOME must name the data folder");
    return new LauncherSettings(
        Path.of(home).toAbsolutePath(),
        (int) number(env, "NEO4J_LAUNCHER_PORT", 7687, 1, 65535),
        password,
        number(env, "NEO4J_LAUNCHER_TX_TIMEOUT_MS", 60_000, 100, 3_600_000),
        number(env, "NEO4J_LAUNCHER_TX_MEMORY_MB", 512, 16, 65_536) * 1024 * 1024,
        number(env, "NEO4J_LAUNCHER_PAGECACHE_MB", 256, 8, 65_536) * 1024 * 1024);
  }

  private static long number(Map<String, String> env, String name, long def, long min, long max) {
    String raw = env.get(name);
    if (raw == null || raw.isBlank()) return def;
    try {
      long v = Long.parseLong(raw.trim());
      if (v < min || v > max) throw new NumberFormatException();
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", got \"" + raw + "\"");
    }
  }
}
