// Every next-logout fix and safe suggestion in one pass: logout links, route handlers and client-side cookie logout.
// Docs: docs/codemods/logout.md
import { createTransform } from "./jscodeshift-transform.ts";

export default createTransform("logout");

// The engine parses each file itself: `.ts`, `.mts` and `.cts` without JSX (so `<T>x` casts parse), the rest
// with JSX. jscodeshift only reads this when a transform asks it to parse, which these never do.
export const parser = "tsx";
