import { deriveFromFile, readModuleText } from "../project/module-cache.ts";
import { resolveImport } from "../project/module-resolver.ts";
import type { NextLogoutSettings } from "../project/settings.ts";

// Before a component's module is parsed, its text (and the texts of what it imports) must show that it can render a
// link at all. Most components render none: this keeps their modules unparsed.

const LINK_SOURCES = /next\/link|next-intl\/navigation/;
const IMPORT_SPECIFIER = /\b(?:import|export)\s[^;'"`]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\brequire\s*\(\s*["']([^"']+)["']\s*\)/g;
const REEXPORT_SPECIFIER = /\bexport\s[^;'"`]*?\bfrom\s*["']([^"']+)["']/g;

/** A key for values that depend on the link settings: cached results are per settings. */
export function getLinkSettingsKey(settings: NextLogoutSettings): string {
  return JSON.stringify([...settings.linkComponents]);
}

/**
 * Whether a module may define a component that renders a link: it names next/link, next-intl or a configured link
 * component, or it passes props on (an `href`, a link attribute, a spread, `as`) and imports a module that may.
 * Re-exports (barrels) always count as passing on. Exact across import cycles (see `deriveFromFile`).
 */
export function mayReachLink(file: string, settings: NextLogoutSettings, settingsKey = getLinkSettingsKey(settings)): boolean {
  return deriveFromFile(file, `link-reach:${settingsKey}`, () => computeReach(file, settings, settingsKey), false) ?? false;
}

function computeReach(file: string, settings: NextLogoutSettings, settingsKey: string): boolean {
  const text = readModuleText(file);
  if (text === null) return false;
  if (LINK_SOURCES.test(text)) return true;
  const configured = [...settings.linkComponents.keys()];
  if (configured.some((name) => text.includes(`<${name}`))) return true;
  const attributes = new Set(["href", ...[...settings.linkComponents.values()].flat()]);
  const passesProps = [...attributes].some((attribute) => text.includes(attribute)) || /\{\s*\.\.\.|\bas=|\bcomponent=/.test(text);
  const specifiers = [...text.matchAll(passesProps ? IMPORT_SPECIFIER : REEXPORT_SPECIFIER)].map((match) => match[1] ?? match[2] ?? match[3] ?? "");
  for (const specifier of new Set(specifiers)) {
    const target = specifier ? resolveImport(specifier, file) : null;
    if (target && target !== file && mayReachLink(target, settings, settingsKey)) return true;
  }
  return false;
}
