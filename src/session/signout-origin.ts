import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { forEachNode, getPropertyName, hasDirective, isFunctionNode, type FunctionNode } from "../js/ast.ts";
import type { FindVariable, ResolveBinding } from "../js/bindings.ts";
import { getImportedName } from "../js/imports.ts";
import { isUseServerModule } from "./server-action-modules.ts";

/** Clerk's hooks whose `signOut` runs through `<ClerkProvider>` of `@clerk/nextjs`, which refreshes the router. */
const CLERK_MODULE = "@clerk/nextjs";
const CLERK_HOOKS: ReadonlySet<string> = new Set(["useClerk", "useAuth"]);

export interface OriginResolvers {
  findVariable: FindVariable;
  resolveBinding: ResolveBinding;
  /** The linted file's absolute path, to read the modules it imports; empty when unknown. */
  filename: string;
}

/**
 * Clerk's `signOut` from `useClerk()` or `useAuth()` of `@clerk/nextjs`: `useClerk().signOut()`,
 * `const { signOut } = useClerk()`, `const clerk = useClerk(); clerk.signOut()`.
 */
export function isClerkSignOut(callee: TSESTree.Expression, resolveBinding: ResolveBinding): boolean {
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const { object } = callee;
    if (object.type === AST_NODE_TYPES.CallExpression) return isClerkHookCall(object, resolveBinding);
    if (object.type !== AST_NODE_TYPES.Identifier) return false;
    const binding = resolveBinding(object.name, object);
    return binding?.type === "variable" && binding.declarator.id.type === AST_NODE_TYPES.Identifier && isClerkHookCall(binding.declarator.init, resolveBinding);
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = resolveBinding(callee.name, callee);
  return binding?.type === "variable" && binding.declarator.id.type === AST_NODE_TYPES.ObjectPattern && isClerkHookCall(binding.declarator.init, resolveBinding);
}

function isClerkHookCall(node: TSESTree.Expression | null, resolveBinding: ResolveBinding): boolean {
  if (node?.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = resolveBinding(node.callee.name, node.callee);
  return (
    binding?.type === "import" &&
    binding.declaration.source.value === CLERK_MODULE &&
    binding.specifier.type === AST_NODE_TYPES.ImportSpecifier &&
    CLERK_HOOKS.has(getImportedName(binding.specifier))
  );
}

/**
 * Whether a call runs a Server Action: a function imported from a `"use server"` module, a function of this file
 * whose body starts with `"use server"`, or a component's prop that this file only ever passes such a function
 * (`<SignOutButton signOut={signOutAction} />`). Next renders the layouts anew in the action's response.
 */
export function isServerActionCall(call: TSESTree.CallExpression, resolvers: OriginResolvers): boolean {
  const { callee } = call;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const variable = resolvers.findVariable(callee.name, callee);
    return variable !== null && (isServerActionVariable(variable, resolvers) || isServerActionProp(variable, callee.name, resolvers));
  }
  // `props.signOut()`, on a component's props parameter.
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return false;
  const propName = getPropertyName(callee);
  const variable = resolvers.findVariable(callee.object.name, callee.object);
  const [definition] = variable?.defs ?? [];
  if (propName === null || variable?.defs.length !== 1 || definition?.type !== "Parameter") return false;
  const component = definition.node as FunctionNode;
  return component.params[0] === definition.name && isServerActionPassedAs(component, propName, resolvers);
}

function isServerActionVariable(variable: TSESLint.Scope.Variable, resolvers: OriginResolvers): boolean {
  if (variable.defs.length !== 1) return false;
  const [definition] = variable.defs;
  if (!definition) return false;
  if (definition.type === "FunctionName") return hasUseServerBody(definition.node as FunctionNode);
  if (definition.type === "Variable") {
    const { init } = definition.node as TSESTree.VariableDeclarator;
    return init !== null && isFunctionNode(init) && hasUseServerBody(init);
  }
  if (definition.type === "ImportBinding") {
    const declaration = definition.parent as TSESTree.ImportDeclaration;
    return resolvers.filename !== "" && isUseServerModule(declaration.source.value, resolvers.filename);
  }
  return false;
}

/** `function Menu({ signOut }) { … }`: a prop destructured from the component's first parameter. */
function isServerActionProp(variable: TSESLint.Scope.Variable, name: string, resolvers: OriginResolvers): boolean {
  const [definition] = variable.defs;
  if (variable.defs.length !== 1 || definition?.type !== "Parameter") return false;
  const component = definition.node as FunctionNode;
  const [props] = component.params;
  if (props?.type !== AST_NODE_TYPES.ObjectPattern) return false;
  const property = props.properties.find(
    (candidate): candidate is TSESTree.Property =>
      candidate.type === AST_NODE_TYPES.Property && getPatternTarget(candidate.value)?.name === name,
  );
  if (!property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) return false;
  return isServerActionPassedAs(component, property.key.name, resolvers);
}

function getPatternTarget(node: TSESTree.Node): TSESTree.Identifier | null {
  if (node.type === AST_NODE_TYPES.Identifier) return node;
  return node.type === AST_NODE_TYPES.AssignmentPattern && node.left.type === AST_NODE_TYPES.Identifier ? node.left : null;
}

/** Every `<Component prop={…} />` of this file passes a Server Action, and there is at least one. */
function isServerActionPassedAs(component: FunctionNode, propName: string, resolvers: OriginResolvers): boolean {
  const componentName = getFunctionName(component);
  if (!componentName) return false;
  let program: TSESTree.Node = component;
  while (program.parent) program = program.parent;
  const values: TSESTree.Node[] = [];
  let unknown = false;
  forEachNode(program, (node) => {
    if (node.type !== AST_NODE_TYPES.JSXOpeningElement || node.name.type !== AST_NODE_TYPES.JSXIdentifier || node.name.name !== componentName) return true;
    if (node.attributes.some((attribute) => attribute.type === AST_NODE_TYPES.JSXSpreadAttribute)) unknown = true;
    for (const attribute of node.attributes) {
      if (attribute.type !== AST_NODE_TYPES.JSXAttribute || attribute.name.name !== propName) continue;
      if (attribute.value?.type === AST_NODE_TYPES.JSXExpressionContainer && attribute.value.expression.type !== AST_NODE_TYPES.JSXEmptyExpression) {
        values.push(attribute.value.expression);
      } else unknown = true;
    }
    return true;
  });
  return !unknown && values.length > 0 && values.every((value) => isServerActionValue(value, resolvers));
}

function isServerActionValue(value: TSESTree.Node, resolvers: OriginResolvers): boolean {
  if (isFunctionNode(value)) return hasUseServerBody(value);
  if (value.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = resolvers.findVariable(value.name, value);
  return variable !== null && isServerActionVariable(variable, resolvers);
}

function getFunctionName(fn: FunctionNode): string | null {
  if (fn.id) return fn.id.name;
  const { parent } = fn;
  return parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : null;
}

/** A function whose body starts with `"use server"`: a Server Action. */
export function hasUseServerBody(fn: FunctionNode): boolean {
  return fn.body.type === AST_NODE_TYPES.BlockStatement && hasDirective(fn.body.body, "use server");
}
