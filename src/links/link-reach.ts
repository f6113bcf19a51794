import { deriveFromFile, readModuleText } from "../project/module-cache.ts";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import path from "node:path";
import { resolveImport, resolveImportFrom } from "../project/module-resolver.ts";
import type { NextLogoutSettings } from "../project/settings.ts";
import { mayReferenceLogoutPath } from "../prefilter/text-checks.ts";

// Text-level looks across the import graph, before anything is parsed. A component's module must show that it can
// render a link at all; and a file can only link to a logout URL that is written somewhere it can see: in its own
// text or in a module it imports, directly or not. Most files see neither, and skip the cross-file analysis.

const LINK_SOURCES = /next\/link|next-intl\/navigation/;
const IMPORT_SPECIFIER = /\b(?:import|export)\s[^;'"`]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\brequire\s*\(\s*["']([^"']+)["']\s*\)/g;
const REEXPORT_SPECIFIER = /\bexport\s[^;'"`]*?\bfrom\s*["']([^"']+)["']/g;

const settingsKeys = new WeakMap<NextLogoutSettings, string>();

/** A key for values that depend on the link settings: cached results are per settings. */
export function getLinkSettingsKey(settings: NextLogoutSettings): string {
  let key = settingsKeys.get(settings);
  if (key === undefined) {
    key = settings.linkComponents.size === 0 ? "" : JSON.stringify([...settings.linkComponents]);
    settingsKeys.set(settings, key);
  }
  return key;
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
  const specifiers = passesProps ? getImportSpecifiers(text) : new Set([...text.matchAll(REEXPORT_SPECIFIER)].map((match) => match[1] ?? ""));
  for (const specifier of specifiers) {
    const target = specifier ? resolveImport(specifier, file) : null;
    if (target && target !== file && mayReachLink(target, settings, settingsKey)) return true;
  }
  return false;
}

/**
 * Whether a logout path is written in a module or in anything it imports (transitively): only then can a logout
 * URL, menu entry or helper come from it. Exact across import cycles.
 */
export function mayReachLogoutText(file: string, settings: NextLogoutSettings): boolean {
  let key = logoutTextKeys.get(settings);
  if (key === undefined) logoutTextKeys.set(settings, (key = `logout-text:${settings.logoutPaths?.join("\0") ?? ""}`));
  return deriveFromFile(file, key, () => computeLogoutText(file, settings), false) ?? false;
}

const logoutTextKeys = new WeakMap<NextLogoutSettings, string>();

/**
 * The same for the linted file, from its import and export-from declarations: does anything it imports write a
 * logout path?
 */
export function mayImportLogoutText(program: TSESTree.Program, filename: string, settings: NextLogoutSettings): boolean {
  const directory = path.dirname(filename);
  for (const statement of program.body) {
    const isImport =
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      statement.type === AST_NODE_TYPES.ExportAllDeclaration ||
      (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.source !== null);
    if (!isImport || !statement.source) continue;
    const target = resolveImportFrom(statement.source.value, directory);
    if (target && target !== filename && mayReachLogoutText(target, settings)) return true;
  }
  return false;
}

function computeLogoutText(file: string, settings: NextLogoutSettings): boolean {
  const text = readModuleText(file);
  if (text === null) return false;
  if (mayReferenceLogoutPath(text, settings.logoutPaths)) return true;
  for (const specifier of getImportSpecifiers(text)) {
    const target = resolveImport(specifier, file);
    if (target && target !== file && mayReachLogoutText(target, settings)) return true;
  }
  return false;
}

function getImportSpecifiers(text: string): Set<string> {
  return new Set([...text.matchAll(IMPORT_SPECIFIER)].map((match) => match[1] ?? match[2] ?? match[3] ?? "").filter(Boolean));
}
