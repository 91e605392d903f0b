// Builds the Neo4j launcher (the Maven project in neo4j-launcher/) when its class path is missing
// or older than its sources, and says in one line what to install when Java or Maven is absent.

import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../paths.js";

export const LAUNCHER_DIR = join(PROJECT_ROOT, "neo4j-launcher");
const CLASSES_DIR = join(LAUNCHER_DIR, "target", "classes");
const CLASSPATH_FILE = join(LAUNCHER_DIR, "target", "classpath.txt");
/** Touched after each successful build (Maven leaves an unchanged class path file as it was). */
const BUILT_STAMP = join(LAUNCHER_DIR, "target", "launcher-built.stamp");

/** Java or Maven is missing, or the build failed: the message says what to do. */
export class LauncherUnavailableError extends Error {
  override name = "LauncherUnavailableError";
}

/** The Java major version on PATH, or null when there is no `java`. */
export function javaMajorVersion(): number | null {
  const probe = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${probe.stderr}${probe.stdout}`);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

function newestSourceTime(): number {
  const times = [statSync(join(LAUNCHER_DIR, "pom.xml")).mtimeMs];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else times.push(statSync(path).mtimeMs);
    }
  };
  walk(join(LAUNCHER_DIR, "src"));
  return Math.max(...times);
}

function isBuilt(): boolean {
  return existsSync(CLASSPATH_FILE) && existsSync(BUILT_STAMP) && statSync(BUILT_STAMP).mtimeMs >= newestSourceTime();
}

/** Checks Java 17+ and, when the launcher needs building, Maven; throws one actionable line. */
export function checkToolchain(): void {
  const java = javaMajorVersion();
  if (java === null)
    throw new LauncherUnavailableError(
      "the local Neo4j needs Java 17 or newer: install a JDK (Debian: apt-get install openjdk-17-jdk-headless)",
    );
  if (java < 17) throw new LauncherUnavailableError(`the local Neo4j needs Java 17 or newer; found Java ${java}`);
  if (isBuilt()) return;
  const mvn = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (mvn.error || mvn.status !== 0)
    throw new LauncherUnavailableError(
      "the local Neo4j is built with Maven, which is not on PATH: install it (Debian: apt-get install maven)",
    );
}

/** Compiles the launcher if needed; `log` receives Maven's progress lines. Resolves to the class path. */
export async function ensureLauncherBuilt(log: (line: string) => void = () => undefined): Promise<string> {
  checkToolchain();
  if (!isBuilt()) {
    log("building the Neo4j launcher with Maven (the first build downloads Neo4j, about 170 MB)");
    await new Promise<void>((resolve, reject) => {
      const child = spawn("mvn", ["-B", "-q", "-f", join(LAUNCHER_DIR, "pom.xml"), "compile"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      const collect = (chunk: Buffer): void => {
        output = (output + chunk.toString()).slice(-8_000);
      };
      child.stdout.on("data", collect);
      child.stderr.on("data", collect);
      child.on("error", reject);
      child.on("close", (code) => {
        if (code === 0) {
          writeFileSync(BUILT_STAMP, new Date().toISOString());
          resolve();
        } else {
          const last = output.trim().split("\n").filter(Boolean).slice(-5).join(" | ");
          reject(new LauncherUnavailableError(`building the Neo4j launcher failed (mvn exit ${code}): ${last}`));
        }
      });
    });
  }
  return `${CLASSES_DIR}:${readFileSync(CLASSPATH_FILE, "utf8").trim()}`;
}
