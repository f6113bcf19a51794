// Child processes for the browser test: `next build` and `next start` in process groups of their own, stopped by
// PID (the whole group) when the test ends, fails or is cut short.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// Child processes (builds, servers) run in their own process groups, so stopping one stops its workers too.
export const children = new Set<ChildProcess>();
export const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
};
export function spawnGroup(args: string[], cwd: string, env: NodeJS.ProcessEnv, log: string): ChildProcess {
  const output = openSync(log, "a");
  try {
    const child = spawn(process.execPath, args, { cwd, env, detached: true, stdio: ["ignore", output, output] });
    children.add(child);
    child.once("exit", () => children.delete(child));
    return child;
  } finally {
    closeSync(output);
  }
}

export async function stopAll(): Promise<void> {
  const stopping = [...children].map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => {
          killGroup(child, "SIGKILL");
          resolve();
        }, 5_000);
        child.once("exit", () => {
          clearTimeout(timer);
          // The group may hold workers that outlive their parent.
          killGroup(child, "SIGKILL");
          resolve();
        });
        killGroup(child, "SIGTERM");
      }),
  );
  await Promise.all(stopping);
}

export function tail(file: string, lines = 40): string {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(-lines).join("\n") : "";
}

export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // Vitest sets NODE_ENV=test; `next build` and `next start` must run as production.
  return { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

export function waitForExit(child: ChildProcess, what: string, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed (${signal ?? `exit ${code}`}):\n${tail(log)}`)),
    );
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForServer(child: ChildProcess, url: string, log: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`next start exited:\n${tail(log)}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`next start did not answer ${url} within 60 s:\n${tail(log)}`);
}

/** Turbopack compiles only files under its root: one that holds both the temp app and the repo's node_modules. */
export function commonAncestor(a: string, b: string): string {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  let shared = 0;
  while (shared < left.length && left[shared] === right[shared]) shared++;
  return left.slice(0, shared).join(path.sep) || path.sep;
}
