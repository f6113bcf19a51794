// Replaces the cookie deletions and soft navigation of client functions that clearly log out with `window.location.replace("/logout")`.
// Docs: docs/codemods/client-cookie-logout.md
import { createTransform } from "./jscodeshift-transform.ts";

export default createTransform("client-cookie-logout");

// The engine parses each file itself: `.ts`, `.mts` and `.cts` without JSX (so `<T>x` casts parse), the rest
// with JSX. jscodeshift only reads this when a transform asks it to parse, which these never do.
export const parser = "tsx";
