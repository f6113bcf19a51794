#!/usr/bin/env node
// Runs the plugin's codemods without jscodeshift: see `next-logout-codemod --help`.
import { runCli } from "../dist/src/codemod/cli.js";

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stderr.isTTY),
});
