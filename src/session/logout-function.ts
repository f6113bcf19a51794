import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { isFunctionNode, type FunctionNode } from "../js/ast.ts";

const LOGOUT_WORDS = [["log", "out"], ["sign", "out"], ["log", "off"], ["sign", "off"]] as const;
const LOGOUT_TEXT = /\b(?:log|sign)[\s-]?(?:out|off)\b/i;

/**
 * Whether an identifier names a logout: `logout`, `handleLogOut`, `onSignOut`, `sign_out_user`. Words are split
 * at case changes, `_` and `-`, so `blogOutline` is no logout.
 */
export function isLogoutName(name: string): boolean {
  // Most names have neither word: no need to split them.
  if (!/log|sign/i.test(name)) return false;
  const words = name
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_-]+/)
    .map((word) => word.toLowerCase());
  return words.some((word, index) =>
    LOGOUT_WORDS.some(([first, second]) => word === first + second || (word === first && words[index + 1] === second)),
  );
}

/** Whether visible text says "Log out", "Sign out", "Logout", "sign-off"… */
export function isLogoutText(text: string): boolean {
  return LOGOUT_TEXT.test(text.replace(/\s+/g, " "));
}

/**
 * The nearest function around `node` that clearly is a logout: its name says so (`function handleLogout`,
 * `const signOut = useCallback(() => …)`, `{ logout() {} }`), or it handles a JSX element whose text says so
 * (`<button onClick={() => …}>Log out</button>`). `null` when there is none.
 */
export function findLogoutFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) && isLogoutFunction(current)) return current;
  }
  return null;
}

function isLogoutFunction(fn: FunctionNode): boolean {
  if (fn.id && isLogoutName(fn.id.name)) return true;
  // `useCallback(() => …, [])` and similar wrappers: the name is on the wrapper's declaration.
  let holder: TSESTree.Node = fn.parent;
  if (holder.type === AST_NODE_TYPES.CallExpression && holder.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    holder = holder.parent;
  }
  switch (holder.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return holder.id.type === AST_NODE_TYPES.Identifier && isLogoutName(holder.id.name);
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
      return holder.key.type === AST_NODE_TYPES.Identifier && isLogoutName(holder.key.name);
    case AST_NODE_TYPES.AssignmentExpression:
      return holder.left.type === AST_NODE_TYPES.Identifier
        ? isLogoutName(holder.left.name)
        : holder.left.type === AST_NODE_TYPES.MemberExpression &&
            holder.left.property.type === AST_NODE_TYPES.Identifier &&
            isLogoutName(holder.left.property.name);
    case AST_NODE_TYPES.JSXExpressionContainer:
      return holder.parent.type === AST_NODE_TYPES.JSXAttribute && isLogoutElement(holder.parent.parent);
    default:
      return false;
  }
}

/** `<button onClick={…}>Log out</button>` or `<Item aria-label="Sign out" onSelect={…} />`. */
function isLogoutElement(opening: TSESTree.JSXOpeningElement): boolean {
  const labelled = opening.attributes.some((attribute) => {
    if (attribute.type !== AST_NODE_TYPES.JSXAttribute || !["aria-label", "title"].includes(String(attribute.name.name))) return false;
    const value = attribute.value?.type === AST_NODE_TYPES.JSXExpressionContainer ? attribute.value.expression : attribute.value;
    return value?.type === AST_NODE_TYPES.Literal && typeof value.value === "string" && isLogoutText(value.value);
  });
  if (labelled) return true;
  const element = opening.parent;
  return element.type === AST_NODE_TYPES.JSXElement && isLogoutText(getJsxText(element));
}

function getJsxText(element: TSESTree.JSXElement | TSESTree.JSXFragment): string {
  return element.children
    .map((child) => {
      if (child.type === AST_NODE_TYPES.JSXText) return child.value;
      if (child.type === AST_NODE_TYPES.JSXElement || child.type === AST_NODE_TYPES.JSXFragment) return getJsxText(child);
      if (child.type === AST_NODE_TYPES.JSXExpressionContainer && child.expression.type === AST_NODE_TYPES.Literal) {
        return String(child.expression.value);
      }
      return " ";
    })
    .join("");
}
