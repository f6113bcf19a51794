import { deriveFromFile, FRESHNESS_MS, onProjectModelReset, readModuleText } from "../project/module-cache.ts";
import { resolveImport } from "../project/module-resolver.ts";
import type { NextLogoutSettings } from "../project/settings.ts";
import { mayReferenceLogoutPath, mayRequest, maySignOut, mayWriteLogoutValue } from "../prefilter/text-checks.ts";

// Text-level looks across the import graph, before anything is parsed. A component's module must show that it can
// render a link at all; and a file can only link to a logout URL that is written somewhere it can see: in its own
// text or in a module it imports, directly or not. Most files see neither, and skip the cross-file analysis. The
// linted file's own imports are asked these questions in import-reach.ts.

const LINK_SOURCES = /next\/link|next-intl\/(?:navigation|link)/;
export const IMPORT_SPECIFIER = /\b(?:import|export)\s[^;'"`]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\brequire\s*\(\s*["']([^"']+)["']\s*\)/g;
const REEXPORT_SPECIFIER = /\bexport\s[^;'"`]*?\bfrom\s*["']([^"']+)["']/g;

/** What one module's text says, for both questions: read once per file version and settings. */
interface ModuleFacts {
  writesLogoutPath: boolean;
  /** A logout path or a name that says one: {@link mayWriteLogoutValue}. */
  writesLogoutValue: boolean;
  /** A `signOut`, a request or a logout path: {@link mayReachSignOut}. */
  maySignOut: boolean;
  namesLinkSource: boolean;
  /** The project modules it imports or re-exports from (resolved). */
  imports: readonly string[];
  /** Of those, the ones it passes props on to: all when it mentions an `href` or spreads props, else re-exports. */
  linkImports: readonly string[];
}

type Question = "logout-text" | "logout-value" | "sign-out" | "link";

const settingsKeys = new WeakMap<NextLogoutSettings, string>();
// The answers' map of each question and settings, found without making their key again.
let answersBySettings = new WeakMap<NextLogoutSettings, Map<Question, Map<string, { value: boolean; at: number }>>>();
// Answers by question and settings, each with when it was found: an answer is reused for FRESHNESS_MS, like files.
const answers = new Map<string, Map<string, { value: boolean; at: number }>>();

/** A key for values that depend on the link settings: cached results are per settings. */
export function getLinkSettingsKey(settings: NextLogoutSettings): string {
  let key = settingsKeys.get(settings);
  if (key === undefined) {
    key = settings.linkComponents.size === 0 ? "" : JSON.stringify([...settings.linkComponents]);
    settingsKeys.set(settings, key);
  }
  return key;
}

onProjectModelReset(() => {
  answers.clear();
  answersBySettings = new WeakMap();
});

function getAnswers(question: Question, settings: NextLogoutSettings, settingsKey: string): Map<string, { value: boolean; at: number }> {
  let byQuestion = answersBySettings.get(settings);
  if (!byQuestion) answersBySettings.set(settings, (byQuestion = new Map()));
  let known = byQuestion.get(question);
  if (!known) {
    // The settings key is the settings object's own (getLinkSettingsKey): settings that read alike share answers.
    const answerKey = `${question}\0${settingsKey}\0${settings.logoutPaths?.join("\0") ?? ""}`;
    known = answers.get(answerKey);
    if (!known) answers.set(answerKey, (known = new Map()));
    byQuestion.set(question, known);
  }
  return known;
}

/**
 * Whether a module may define a component that renders a link: it names next/link, next-intl's navigation or a
 * configured link component, or it passes props on (an `href`, a link attribute, a spread, `as`) to a module that
 * may. Re-exports (barrels) always pass on.
 */
export function mayReachLink(file: string, settings: NextLogoutSettings, settingsKey = getLinkSettingsKey(settings)): boolean {
  return reaches(file, "link", settings, settingsKey);
}

/**
 * Whether a logout path is written in a module or in anything it imports (transitively): only then can a logout
 * URL, menu entry or helper come from it.
 */
export function mayReachLogoutText(file: string, settings: NextLogoutSettings): boolean {
  return reaches(file, "logout-text", settings, getLinkSettingsKey(settings));
}

/**
 * Whether a logout path or a name that says one (`LOGOUT_URL`) is written in a module or in anything it imports:
 * only then can a value read through it be a logout URL to the link analysis.
 */
export function mayReachLogoutValue(file: string, settings: NextLogoutSettings): boolean {
  return reaches(file, "logout-value", settings, getLinkSettingsKey(settings));
}

/**
 * Whether a module or anything it imports may sign out: a `signOut`, a request (to a route that may end the
 * session), or a logout path. Only then can a helper imported from it sign out.
 */
export function mayReachSignOut(file: string, settings: NextLogoutSettings): boolean {
  return reaches(file, "sign-out", settings, getLinkSettingsKey(settings));
}

/**
 * Whether `start` reaches a module that answers the question by itself, along the question's edges. One search
 * answers every module it explores, exactly, import cycles included: the modules from which an answering module can
 * be reached are found by walking the explored edges backwards.
 */
function reaches(start: string, question: Question, settings: NextLogoutSettings, settingsKey: string): boolean {
  const known = getAnswers(question, settings, settingsKey);
  const now = Date.now();
  // Asked once per import of every file: the answer found before comes first, without a closure.
  const startKnown = known.get(start);
  if (startKnown && now - startKnown.at < FRESHNESS_MS) return startKnown.value;
  const recent = (file: string) => {
    const answer = known.get(file);
    return answer && now - answer.at < FRESHNESS_MS ? answer.value : undefined;
  };

  const isTrue = new Set<string>();
  const explored: string[] = [];
  const predecessors = new Map<string, string[]>();
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length > 0) {
    const file = stack.pop()!;
    const answer = file === start ? undefined : recent(file);
    if (answer !== undefined) {
      if (answer) isTrue.add(file);
      continue;
    }
    explored.push(file);
    const facts = getFacts(file, settings, settingsKey);
    if (!facts) continue;
    if (answersItself(facts, question)) {
      isTrue.add(file);
      continue;
    }
    for (const next of question === "link" ? facts.linkImports : facts.imports) {
      if (next === file) continue;
      const list = predecessors.get(next);
      if (list) list.push(file);
      else predecessors.set(next, [file]);
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  const queue = [...isTrue];
  while (queue.length > 0) {
    for (const previous of predecessors.get(queue.pop()!) ?? []) {
      if (!isTrue.has(previous)) {
        isTrue.add(previous);
        queue.push(previous);
      }
    }
  }
  for (const file of explored) known.set(file, { value: isTrue.has(file), at: now });
  return isTrue.has(start);
}

function answersItself(facts: ModuleFacts, question: Question): boolean {
  switch (question) {
    case "logout-text":
      return facts.writesLogoutPath;
    case "logout-value":
      return facts.writesLogoutValue;
    case "sign-out":
      return facts.maySignOut;
    default:
      return facts.namesLinkSource;
  }
}

function getFacts(file: string, settings: NextLogoutSettings, settingsKey: string): ModuleFacts | null {
  const key = `reach-facts:${settingsKey}\0${settings.logoutPaths?.join("\0") ?? ""}`;
  return deriveFromFile(file, key, () => readFacts(file, settings), null) ?? null;
}

function readFacts(file: string, settings: NextLogoutSettings): ModuleFacts | null {
  const text = readModuleText(file);
  if (text === null) return null;
  const configured = [...settings.linkComponents.keys()];
  const attributes = new Set(["href", ...[...settings.linkComponents.values()].flat()]);
  const passesProps = [...attributes].some((attribute) => text.includes(attribute)) || /\{\s*\.\.\.|\bas=|\bcomponent=/.test(text);
  const resolveAll = (pattern: RegExp) => {
    const files = new Set<string>();
    for (const match of text.matchAll(pattern)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      const target = specifier ? resolveImport(specifier, file) : null;
      if (target && target !== file) files.add(target);
    }
    return [...files];
  };
  const imports = resolveAll(IMPORT_SPECIFIER);
  return {
    writesLogoutPath: mayReferenceLogoutPath(text, settings.logoutPaths),
    writesLogoutValue: mayWriteLogoutValue(text, settings.logoutPaths),
    maySignOut: maySignOut(text, settings.logoutPaths) || mayRequest(text),
    namesLinkSource: LINK_SOURCES.test(text) || configured.some((name) => text.includes(`<${name}`)),
    imports,
    linkImports: passesProps ? imports : resolveAll(REEXPORT_SPECIFIER),
  };
}
