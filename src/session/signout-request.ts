import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getObjectProperty, getPropertyName } from "../js/ast.ts";
import { isBrowserGlobal, type SourceResolvers } from "../js/bindings.ts";
import { evaluateHref, evaluateScoped, readStaticString } from "../urls/href-value.ts";
import { isLogoutPath } from "../urls/logout-path.ts";
import { UNKNOWN } from "../urls/url-shape.ts";
import type { ModuleScope } from "../project/module-scope.ts";
import type { ValueScope } from "../urls/value-scope.ts";

/** A request of this origin's `path` (no query), with its method: what a route handler would answer. */
export interface RouteRequest {
  path: string;
  method: string;
}

/** Whether the route handler that answers a request ends the session by its body; the rule wires it. */
export type EndsSessionAt = (request: RouteRequest) => boolean;

export interface RequestResolvers extends SourceResolvers {
  logoutPaths: readonly string[] | undefined;
  /** The module's scope across files, to read an imported client instance's `baseURL`; `null` when not followed. */
  scope: ModuleScope | null;
  endsSessionAt: EndsSessionAt | null;
}

const HTTP_CLIENT_MODULES: ReadonlySet<string> = new Set(["axios", "ky", "ofetch", "redaxios", "wretch"]);
const HTTP_METHODS: ReadonlySet<string> = new Set(["post", "delete", "get", "put", "patch"]);
/** How a client instance is made, and the option that holds its base: axios/ofetch `baseURL`, ky `prefixUrl`. */
const INSTANCE_FACTORIES: ReadonlySet<string> = new Set(["create", "extend"]);
const BASE_OPTIONS = ["baseURL", "prefixUrl"] as const;

/**
 * Whether a call is a request that signs out: `fetch()` (or `window.fetch()`) or an HTTP client's request (axios,
 * ky, ofetch, `$fetch`, a configured instance) of a logout path on any origin, or of a same-origin route whose
 * handler for that method ends the session by its body (`fetch("/api/session", { method: "DELETE" })`).
 */
export function isSignOutRequest(call: TSESTree.CallExpression, resolvers: RequestResolvers): boolean {
  const request = getRequest(call, resolvers);
  if (!request) return false;
  const { urls } = evaluateHref(request.target, resolvers.resolveConst);
  if (urls.some((url) => isLogoutUrl(url, resolvers.logoutPaths))) return true;
  if (!resolvers.endsSessionAt || urls.length !== 1) return false;
  // Only a URL known in full: `/api/sessions/${id}` may end another device's session.
  const path = joinBase(request.base, urls[0]!);
  return path !== null && resolvers.endsSessionAt({ path, method: request.method });
}

/** Whether a call is a request at all (`fetch`, an HTTP client or an instance of one), whatever its URL. */
export function isRequestCall(call: TSESTree.CallExpression, resolvers: RequestResolvers): boolean {
  return getRequest(call, resolvers) !== null;
}

interface Request {
  target: TSESTree.CallExpressionArgument;
  method: string;
  /** The client instance's static base (`"/api"`), `""` without one, `null` when it can't be read. */
  base: string | null;
}

function getRequest(call: TSESTree.CallExpression, resolvers: RequestResolvers): Request | null {
  const { callee } = call;
  const [target, options] = call.arguments;
  if (!target || target.type === AST_NODE_TYPES.SpreadElement) return null;
  const isFetch = isBrowserGlobal(callee, "fetch", resolvers.findVariable);
  if (isFetch || (callee.type === AST_NODE_TYPES.Identifier && isHttpClientImport(callee, resolvers))) {
    // `fetch(url, { method })`, `ofetch(url, { method })`, `$fetch(url, { method })`.
    return { target, method: readMethodOption(options, resolvers) ?? "GET", base: isFetch ? "" : null };
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return null;
  const method = getPropertyName(callee);
  // An object the file imports or declares: never a global such as `navigator` or `caches`.
  if (method === null || !HTTP_METHODS.has(method) || resolvers.findVariable(callee.object.name, callee.object) === null) return null;
  return { target, method: method.toUpperCase(), base: readInstanceBase(callee.object, resolvers) };
}

function isHttpClientImport(callee: TSESTree.Identifier, resolvers: SourceResolvers): boolean {
  const binding = resolvers.resolveBinding(callee.name, callee);
  return binding?.type === "import" && HTTP_CLIENT_MODULES.has(String(binding.declaration.source.value));
}

function readMethodOption(options: TSESTree.CallExpressionArgument | undefined, resolvers: SourceResolvers): string | null {
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const method = readStaticString(getObjectProperty(options, "method"), resolvers.resolveConst);
  return method === null ? null : method.toUpperCase();
}

/**
 * The base of `api` in `api.delete("/session")`: `""` for the library itself (`axios.delete`), the static
 * `baseURL`/`prefixUrl` of `axios.create({ baseURL: "/api" })` (in this file or, through the project model, the
 * module it is imported from), `null` when unknown.
 */
function readInstanceBase(object: TSESTree.Identifier, resolvers: RequestResolvers): string | null {
  const binding = resolvers.resolveBinding(object.name, object);
  if (binding?.type === "import") {
    const { specifier } = binding;
    if (HTTP_CLIENT_MODULES.has(String(binding.declaration.source.value))) return specifier.type === AST_NODE_TYPES.ImportSpecifier ? null : "";
    const resolved = resolvers.scope?.resolve(object);
    return resolved && !resolved.external ? readFactoryBase(resolved.node, (node) => readScopedString(node, resolved.scope)) : null;
  }
  if (binding?.type !== "variable" || binding.kind !== "const" || !binding.declarator.init) return null;
  return readFactoryBase(binding.declarator.init, (node) => readStaticString(node, resolvers.resolveConst));
}

/** A string value in another module, read through its scope. */
function readScopedString(node: TSESTree.Node, scope: ValueScope): string | null {
  const value = evaluateScoped({ node, scope });
  return value.form === "string" ? value.staticUrl : null;
}

/** `axios.create({ baseURL: "/api" })`, `ky.create({ prefixUrl: "/api" })`, `ofetch.create({ baseURL })`. */
function readFactoryBase(init: TSESTree.Node, readString: (node: TSESTree.Node) => string | null): string | null {
  if (init.type !== AST_NODE_TYPES.CallExpression || init.callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const factory = getPropertyName(init.callee);
  const [options] = init.arguments;
  if (factory === null || !INSTANCE_FACTORIES.has(factory)) return null;
  if (options === undefined) return "";
  if (options.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const present = BASE_OPTIONS.map((key) => getObjectProperty(options, key)).filter((value) => value !== undefined);
  if (present.length === 0) return options.properties.every((property) => property.type === AST_NODE_TYPES.Property) ? "" : null;
  return present.length === 1 ? readString(present[0]!) : null;
}

/** `"/api"` and `"/session"` give `"/api/session"`; an absolute URL's own path stays; another origin is none. */
function joinBase(base: string | null, url: string): string | null {
  if (base === null || url.includes(UNKNOWN) || /[?#]/.test(url)) return null;
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url) || /^[a-z][a-z\d+.-]*:|^\/\//i.test(base)) return null;
  if (url.startsWith("/") && base === "") return url;
  if (base !== "" && !base.startsWith("/")) return null;
  const joined = `${base.replace(/\/+$/, "")}/${url.replace(/^\/+/, "")}`;
  return joined.startsWith("/") ? joined : null;
}

/** A logout path on any origin: `fetch("/api/auth/logout")`, `fetch(\`${API_URL}/logout\`)`. */
export function isLogoutUrl(url: string, logoutPaths: readonly string[] | undefined): boolean {
  let path = url.replace(/[?#].*$/s, "").replace(/^(?:[a-z][a-z\d+.-]*:)?\/\/[^/]*/i, "");
  if (path.startsWith(UNKNOWN)) {
    const slash = path.indexOf("/");
    if (slash === -1) return false;
    path = path.slice(slash);
  }
  return path.startsWith("/") && isLogoutPath(path, logoutPaths);
}
