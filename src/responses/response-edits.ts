import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { getObjectProperty } from "../js/ast.ts";
import { getAddPropertyEdit } from "../edits/object-edit.ts";
import { getSourceStyle, writeStringLiteral } from "../edits/source-style.ts";
import { getHeadersObject, type HandlerResponse } from "./responses.ts";
import type { TextEdit } from "../edits/text-edit.ts";

/** A header a fix adds: its name and value, written as the file writes strings. */
export interface HeaderToAdd {
  name: string;
  value: string;
}

/**
 * Adds a header (`"Cache-Control": "no-store"`, in the file's quotes) to a response: into its headers object, as
 * `headers: { … }` in its init, or as a new init argument (`{ status: 307, headers }` in place of a bare status).
 * `null` when the response takes no headers or builds them in a way the source doesn't show.
 */
export function getAddResponseHeaderEdits(text: string, response: HandlerResponse, { name, value }: HeaderToAdd): TextEdit[] | null {
  const style = getSourceStyle(text, response.node);
  const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : writeStringLiteral(name, style);
  const header = `${key}: ${writeStringLiteral(value, style)}`;
  const headers = getHeadersObject(response);
  if (headers) return [getAddPropertyEdit(text, headers, header)];
  if (headers === undefined || response.initIndex === null) return null;
  const { init } = response;
  const headersProperty = `headers: { ${header} }`;
  if (init?.type === AST_NODE_TYPES.ObjectExpression) return [getAddPropertyEdit(text, init, headersProperty)];
  if (init?.type === AST_NODE_TYPES.Literal && typeof init.value === "number") {
    return [{ range: init.range, text: `{ status: ${init.raw}, ${headersProperty} }` }];
  }
  return init ? null : getInsertInitEdits(text, response, `{ ${headersProperty} }`);
}

/**
 * Sets the status a response is sent with: a bare status number is replaced, an init object's `status` replaced or
 * added, and a missing init added as `{ status }`. `null` when the init is built elsewhere.
 */
export function getSetStatusEdits(text: string, response: HandlerResponse, status: number): TextEdit[] | null {
  const { init } = response;
  if (init?.type === AST_NODE_TYPES.Literal && typeof init.value === "number") return [{ range: init.range, text: String(status) }];
  if (init?.type === AST_NODE_TYPES.ObjectExpression) {
    const current = getObjectProperty(init, "status");
    return [current ? { range: current.range, text: String(status) } : getAddPropertyEdit(text, init, `status: ${status}`)];
  }
  return init || response.initIndex === null ? null : getInsertInitEdits(text, response, `{ status: ${status} }`);
}

/** Adds the init argument a response lacks, with `null` for a missing body (`new Response()`). */
function getInsertInitEdits(text: string, response: HandlerResponse, initText: string): TextEdit[] | null {
  const { node, initIndex } = response;
  const args = node.arguments;
  if (initIndex === null || args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement) || args.length > initIndex) {
    return null;
  }
  const missing = [...Array<string>(initIndex - args.length).fill("null"), initText].join(", ");
  const last = args.at(-1);
  if (last) return [{ range: [last.range[1], last.range[1]], text: `, ${missing}` }];
  // No arguments: `NextResponse.next()` or `new Response()`; the text must end with its `)`.
  const close = node.range[1] - 1;
  return text[close] === ")" ? [{ range: [close, close], text: missing }] : null;
}
