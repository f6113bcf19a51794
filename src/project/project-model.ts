// The cross-file project model's entry points for tools that run it from outside a rule (the benchmark, tests).
import { clearModuleCache } from "./module-cache.ts";
import { clearResolutions } from "./module-resolver.ts";
import { clearPackageEntries } from "./package-entry.ts";
import { clearServedRoutes } from "./served-routes.ts";
import { clearPathAliases } from "./tsconfig.ts";
import { clearWorkspaces } from "./workspaces.ts";

export { FRESHNESS_MS, getProjectModelStats, type ProjectModelStats } from "./module-cache.ts";

/** Forgets every module, resolution, tsconfig, workspace and app directory read, and zeroes the stats: a fresh process's state. */
export function resetProjectModel(): void {
  clearModuleCache();
  clearResolutions();
  clearPackageEntries();
  clearPathAliases();
  clearWorkspaces();
  clearServedRoutes();
}
