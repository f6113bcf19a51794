// A minimal Language Server Protocol client over stdio: JSON-RPC 2.0 messages framed by `Content-Length` headers.
// Enough to drive a language server the way an editor does (requests, notifications, the server's own requests
// such as workspace/configuration), with a timeout on every request and the server stopped by PID.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

interface Message {
  jsonrpc: "2.0";
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

type ServerRequestHandler = (params: unknown) => unknown;

export interface LanguageServer {
  readonly pid: number;
  /** A request to the server; rejects after `timeoutMs`, or when the server exits first. */
  request<T>(method: string, params: unknown, timeoutMs?: number): Promise<T>;
  notify(method: string, params: unknown): void;
  /** Answers the server's requests of `method` (any other server request is answered with `null`). */
  onRequest(method: string, handler: ServerRequestHandler): void;
  /** The server's notifications so far, e.g. window/logMessage: for failure messages. */
  readonly notifications: { method: string; params: unknown }[];
  /** shutdown and exit, as an editor closes it; SIGKILL by PID if it hasn't exited within 5 s. */
  stop(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const HEADER_END = "\r\n\r\n";

/** Starts `node <bin> ...args` with its stdio as the protocol's transport. */
export function startLanguageServer(bin: string, args: string[], cwd: string): LanguageServer {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [bin, ...args], { cwd, stdio: ["pipe", "pipe", "pipe"] });
  if (child.pid === undefined) throw new Error(`could not start ${bin}`);
  const pid = child.pid;
  const pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();
  const handlers = new Map<string, ServerRequestHandler>();
  const notifications: { method: string; params: unknown }[] = [];
  let stderr = "";
  let exited: string | null = null;
  let nextId = 1;
  let buffer = Buffer.alloc(0);

  const send = (message: Omit<Message, "jsonrpc">) => {
    if (exited !== null) return;
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
    child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}${HEADER_END}`, "ascii"), body]));
  };

  const receive = (message: Message) => {
    if (message.method === undefined) {
      const waiting = typeof message.id === "number" ? pending.get(message.id) : undefined;
      if (!waiting) return;
      pending.delete(message.id as number);
      if (message.error) waiting.reject(new Error(`${message.error.message} (code ${message.error.code})`));
      else waiting.resolve(message.result);
      return;
    }
    if (message.id === undefined) {
      notifications.push({ method: message.method, params: message.params });
      return;
    }
    const handler = handlers.get(message.method);
    Promise.resolve(handler ? handler(message.params) : null).then(
      (result) => send({ id: message.id, result: result ?? null }),
      (error: Error) => send({ id: message.id, error: { code: -32603, message: error.message } }),
    );
  };

  child.stdout.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString("ascii"))?.[1]);
      const bodyStart = headerEnd + HEADER_END.length;
      if (!Number.isInteger(length) || buffer.length < bodyStart + length) return;
      const body = buffer.subarray(bodyStart, bodyStart + length).toString("utf8");
      buffer = buffer.subarray(bodyStart + length);
      receive(JSON.parse(body) as Message);
    }
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-4000);
  });
  const exit = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = signal ?? `exit ${code}`;
      for (const waiting of pending.values()) waiting.reject(new Error(`the language server ended (${exited}) before answering:\n${stderr}`));
      pending.clear();
      resolve();
    });
  });

  function request<T>(method: string, params: unknown, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    if (exited !== null) return Promise.reject(new Error(`the language server has ended (${exited}):\n${stderr}`));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method} got no answer within ${timeoutMs} ms; server stderr:\n${stderr}`));
      }, timeoutMs);
      pending.set(id, {
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      send({ id, method, params });
    });
  }

  return {
    pid,
    notifications,
    request,
    notify: (method, params) => send({ method, params }),
    onRequest: (method, handler) => void handlers.set(method, handler),
    async stop() {
      if (exited === null) {
        try {
          await request("shutdown", null, 5_000);
          send({ method: "exit" });
        } catch {
          // Not answering: killed below.
        }
      }
      const timer = setTimeout(() => {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }, 5_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Applies LSP text edits (non-overlapping, positions in UTF-16 code units) to a text, as an editor does. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === "\n") lineStarts.push(index + 1);
  const offsetOf = ({ line, character }: Position) => (lineStarts[line] ?? text.length) + character;
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  return sorted.reduce((result, edit) => result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end)), text);
}
