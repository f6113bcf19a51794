// Turns next/link `<Link>` to logout routes into `<a>`, and client-router navigation to them into `window.location.replace()`.
// Docs: docs/codemods/logout-links.md
import { createTransform } from "./jscodeshift-transform.ts";

export default createTransform("logout-links");

// The engine parses each file itself: `.ts`, `.mts` and `.cts` without JSX (so `<T>x` casts parse), the rest
// with JSX. jscodeshift only reads this when a transform asks it to parse, which these never do.
export const parser = "tsx";
