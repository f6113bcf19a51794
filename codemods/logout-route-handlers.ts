// Applies the fixes of the route-handler rules in `recommended` (with `--strict`, also `Clear-Site-Data`).
// Docs: docs/codemods/logout-route-handlers.md
import { createTransform } from "./jscodeshift-transform.ts";

export default createTransform("logout-route-handlers");

// The engine parses each file itself: `.ts`, `.mts` and `.cts` without JSX (so `<T>x` casts parse), the rest
// with JSX. jscodeshift only reads this when a transform asks it to parse, which these never do.
export const parser = "tsx";
