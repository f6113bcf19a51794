// The codemod engine behind a worker thread, for jscodeshift: jscodeshift hooks Babel into `require` for every file
// its transforms load, node_modules included, and compiling ESLint and TypeScript that way takes longer than the
// whole run. A worker thread loads them with Node's own loader.
import { parentPort } from "node:worker_threads";
import { transformFile, type TransformRequest } from "./transform-file.ts";
import type { TransformName } from "./transforms.ts";

export interface WorkerRequest {
  id: number;
  name: TransformName;
  file: string;
  source: string;
  request: TransformRequest;
}

parentPort?.on("message", ({ id, name, file, source, request }: WorkerRequest) => {
  transformFile(name, file, source, request).then(
    (result) => parentPort?.postMessage({ id, result }),
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
