import { createRequire } from "node:module";

export interface OwnManifest {
  name: string;
  version: string;
  repository: { type: string; url: string };
}

/** The package's own package.json: one level up from src/plugin/ in the sources, two from dist/src/plugin/. */
export const OWN_MANIFEST: OwnManifest = readOwnManifest();

/** `https://github.com/owner/repo`, from package.json's `repository.url` (`git+https://….git`). */
export const REPOSITORY_URL = OWN_MANIFEST.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");

function readOwnManifest(): OwnManifest {
  const require = createRequire(import.meta.url);
  try {
    return require("../../package.json") as OwnManifest;
  } catch {
    return require("../../../package.json") as OwnManifest;
  }
}
