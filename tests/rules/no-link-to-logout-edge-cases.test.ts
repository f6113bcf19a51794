// no-link-to-logout on code that could send an analysis in circles: each case must finish, quietly or with its
// one report, and never throw.
import { afterAll } from "vitest";
import rule from "../../rules/no-link-to-logout.ts";
import { ruleTester } from "../rule-tester.ts";
import { makeTree, removeTrees } from "../src/helpers.ts";
import path from "node:path";

afterAll(removeTrees);

const root = makeTree({
  "package.json": JSON.stringify({ name: "edge", dependencies: { next: "16.0.0" } }),
  "self.ts": 'export * from "./self";\nexport { loop } from "./self";\nimport { own } from "./self";\nexport const own = own;\n',
  "tree-menu.tsx": [
    'import Link from "next/link";',
    "export function TreeMenu({ items }) {",
    "  return <ul>{items.map((item) => <li key={item.href}><Link href={item.href}>{item.label}</Link>{item.children ? <TreeMenu items={item.children} /> : null}</li>)}</ul>;",
    "}",
  ].join("\n"),
  "a.tsx": 'import { B } from "./b";\nexport const A = ({ href }) => <B href={href} />;\n',
  "b.tsx": 'import { A } from "./a";\nexport const B = ({ href }) => <A href={href} />;\n',
});
const filename = path.join(root, "app/page.tsx");

ruleTester.run("no-link-to-logout: code that loops", rule, {
  valid: [
    {
      name: "objects that spread each other, a destructuring that reads itself, and functions that call each other",
      filename,
      code: [
        'import Link from "next/link";',
        "const a = { ...b };",
        "const b = { ...a };",
        "const { c } = c;",
        "const f = () => g();",
        "const g = () => f();",
        "export default () => <><Link href={a.logout}>A</Link><Link href={c}>C</Link><Link href={f()}>F</Link></>;",
      ].join("\n"),
    },
    {
      name: "a module that re-exports and imports itself, and components that render each other",
      filename,
      code: 'import { own, loop } from "../self";\nimport { A } from "../a";\nexport default () => <A href={own ?? loop}>x</A>;\n',
    },
  ],
  invalid: [
    {
      name: "a component that renders itself for nested menu items",
      filename,
      code: 'import { TreeMenu } from "../tree-menu";\nexport default () => <TreeMenu items={[{ href: "/account", label: "Account", children: [{ href: "/logout", label: "Log out" }] }]} />;\n',
      errors: [{ messageId: "linkChainToLogout", line: 2 }],
    },
  ],
});
