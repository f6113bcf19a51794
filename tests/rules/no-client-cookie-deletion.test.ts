import type { InvalidTestCase, ValidTestCase } from "@typescript-eslint/rule-tester";
import rule, { type MessageIds, type Options } from "../../rules/no-client-cookie-deletion.ts";
import { fixtureFile, ruleTester, withEspree } from "../rule-tester.ts";

const filename = fixtureFile("no-app", "components/user-menu.tsx");

const JS_COOKIE = 'import Cookies from "js-cookie";\n';
const REACT_COOKIE = 'import { useCookies } from "react-cookie";\n';
const UNIVERSAL_COOKIE = 'import Cookies from "universal-cookie";\n';
const NAVIGATE = 'window.location.replace("/logout")';

ruleTester.run("no-client-cookie-deletion (JSX)", rule, {
  valid: withEspree<ValidTestCase<Options>>([
    // Writes and reads with every library.
    { name: "js-cookie sets a session cookie", filename, code: `${JS_COOKIE}Cookies.set("session", "x");` },
    {
      name: "js-cookie sets a session cookie with a future expiry",
      filename,
      code: `${JS_COOKIE}export function keep(token) {\n  Cookies.set("session", token, { expires: 7 });\n}`,
    },
    { name: "js-cookie reads a session cookie", filename, code: `${JS_COOKIE}export const session = Cookies.get("session");` },
    {
      name: "cookies-next sets a session cookie",
      filename,
      code: 'import { setCookie } from "cookies-next";\nexport function keep(token) {\n  setCookie("session", token, { maxAge: 60 * 60 });\n}',
    },
    {
      name: "the useSetCookie() hook sets a session cookie",
      filename,
      code: 'import { useSetCookie } from "cookies-next/client";\nexport function useKeep(token) {\n  const setCookie = useSetCookie();\n  return () => setCookie("session", token);\n}',
    },
    {
      name: "react-cookie's setCookie sets a session cookie",
      filename,
      code: `${REACT_COOKIE}export function useKeep(token) {\n  const [, setCookie] = useCookies(["token"]);\n  return () => setCookie("token", token, { path: "/" });\n}`,
    },
    {
      name: "universal-cookie sets a session cookie",
      filename,
      code: `${UNIVERSAL_COOKIE}const cookies = new Cookies();\nexport const keep = (token) => cookies.set("token", token);`,
    },
    { name: "cookieStore sets a session cookie", filename, code: 'export const keep = (token) => cookieStore.set("session", token);' },
    { name: "document.cookie sets a session cookie", filename, code: 'document.cookie = "token=abc; path=/";' },
    {
      name: "document.cookie sets a concatenated value with a future Max-Age",
      filename,
      code: 'export function keep(token) {\n  document.cookie = "session=" + token + "; max-age=3600";\n}',
    },
    { name: "reading document.cookie", filename, code: "export const all = document.cookie;" },
    // Non-session cookies outside a logout function.
    { name: "js-cookie removes a UI cookie outside a logout function", filename, code: `${JS_COOKIE}Cookies.remove("theme");` },
    { name: "document.cookie expires a UI cookie outside a logout function", filename, code: 'document.cookie = "theme=; max-age=0";' },
    {
      name: "a js-cookie name known only at run time outside a logout function",
      filename,
      code: `${JS_COOKIE}export function clearCookie(name) {\n  Cookies.remove(name);\n}`,
    },
    {
      name: "a document.cookie name known only at run time outside a logout function",
      filename,
      code: "export function expire(name) {\n  document.cookie = `${name}=; Max-Age=0`;\n}",
    },
    {
      name: "a UI cookie in the handler of a button that doesn't log out",
      filename,
      code: `${JS_COOKIE}export function Menu() {\n  return <button onClick={() => Cookies.remove("theme")}>Reset theme</button>;\n}`,
    },
    {
      name: "blogOutline is no logout name",
      filename,
      code: `${JS_COOKIE}export function blogOutline() {\n  Cookies.remove("theme");\n}`,
    },
    {
      name: "logOffset is no logout name",
      filename,
      code: `${JS_COOKIE}export const logOffset = () => Cookies.remove("scroll");`,
    },
    // Server-side and server-bound calls.
    {
      name: "cookies-next/server's deleteCookie",
      filename,
      code: 'import { deleteCookie } from "cookies-next/server";\nexport async function clearSession() {\n  await deleteCookie("session");\n}',
    },
    {
      name: "cookies-next's deleteCookie with { req, res }",
      filename,
      code: 'import { deleteCookie } from "cookies-next";\nexport function getServerSideProps({ req, res }) {\n  deleteCookie("session", { req, res });\n  return { props: {} };\n}',
    },
    {
      name: "cookies-next's deleteCookie with { cookies }",
      filename,
      code: 'import { cookies } from "next/headers";\nimport { deleteCookie } from "cookies-next";\nexport async function clearSession() {\n  await deleteCookie("session", { cookies });\n}',
    },
    {
      name: "cookies-next's setCookie expiring a cookie with { req, res }",
      filename,
      code: 'import { setCookie } from "cookies-next";\nexport function getServerSideProps({ req, res }) {\n  setCookie("session", "", { req, res, maxAge: 0 });\n  return { props: {} };\n}',
    },
    {
      name: "cookies-next options held in a variable",
      filename,
      code: 'import { deleteCookie } from "cookies-next";\nexport function getServerSideProps(ctx) {\n  deleteCookie("session", ctx);\n  return { props: {} };\n}',
    },
    {
      name: "cookies-next options with a spread",
      filename,
      code: 'import { deleteCookie } from "cookies-next";\nexport function getServerSideProps(ctx) {\n  deleteCookie("session", { ...ctx, path: "/" });\n  return { props: {} };\n}',
    },
    {
      name: "universal-cookie made from a request's Cookie header",
      filename,
      code: `${UNIVERSAL_COOKIE}export function clear(req) {\n  new Cookies(req.headers.cookie).remove("session");\n}`,
    },
    {
      name: 'a top-level "use server" module',
      filename,
      code: '"use server";\nimport { deleteCookie } from "cookies-next";\nexport async function logout() {\n  deleteCookie("session");\n}',
    },
    {
      name: "next/headers' cookie store named cookieStore",
      filename,
      code: 'import { cookies } from "next/headers";\nexport async function logout() {\n  const cookieStore = await cookies();\n  cookieStore.delete("session");\n}',
    },
    // Locally declared globals and other libraries.
    {
      name: "a document parameter",
      filename,
      code: 'export function clearSession(document) {\n  document.cookie = "session=; Max-Age=0";\n}',
    },
    {
      name: "a cookieStore parameter",
      filename,
      code: 'export function clearSession(cookieStore) {\n  cookieStore.delete("session");\n}',
    },
    {
      name: "a window parameter",
      filename,
      code: 'export function clearSession(window) {\n  window.cookieStore.delete("session");\n}',
    },
    {
      name: "store2's remove",
      filename,
      code: 'import store from "store2";\nexport function handleLogout() {\n  store.remove("token"); // not a cookie\n}',
    },
    {
      name: "useCookies from another module",
      filename,
      code: 'import { useCookies } from "./use-cookies";\nexport function useClearSession() {\n  const [, , removeCookie] = useCookies();\n  return () => removeCookie("session");\n}',
    },
    // Settings and options.
    {
      name: "sessionCookies replaces the default words",
      filename,
      settings: { "next-logout": { sessionCookies: ["portal"] } },
      code: `${JS_COOKIE}Cookies.remove("session");`,
    },
    {
      name: "allowCookies with an exact name",
      filename,
      options: [{ allowCookies: ["sidebar_session"] }],
      code: `${JS_COOKIE}Cookies.remove("sidebar_session");`,
    },
    {
      name: "allowCookies with a wildcard, inside a logout function",
      filename,
      options: [{ allowCookies: ["consent-*"] }],
      code: `${JS_COOKIE}export function handleLogout() {\n  Cookies.remove("consent-analytics");\n}`,
    },
  ]),
  invalid: withEspree<InvalidTestCase<MessageIds, Options>>([
    // js-cookie
    {
      name: "js-cookie's Cookies.remove of a session cookie",
      filename,
      code: `${JS_COOKIE}export function clearSession() {\n  Cookies.remove("session");\n}\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 28,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `export function clearSession() {\n  ${NAVIGATE};\n}\n` }],
        },
      ],
    },
    {
      name: "js-cookie under another default import name, with attributes",
      filename,
      code: 'import jsCookie from "js-cookie";\njsCookie.remove("token", { path: "/" });\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `token` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 40,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "js-cookie's default export imported by name",
      filename,
      code: 'import { default as Cookies } from "js-cookie";\nCookies.remove("sid");\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `sid` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 22,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "a namespace import of js-cookie",
      filename,
      code: 'import * as Cookies from "js-cookie";\nCookies.remove("sid");\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `sid` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 22,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "the default export through a namespace import of js-cookie",
      filename,
      code: 'import * as Cookies from "js-cookie";\nCookies.default.remove("sid");\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `sid` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 30,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "js-cookie's Cookies.set with an empty value and expires: -1",
      filename,
      code: `${JS_COOKIE}Cookies.set("session", "", { expires: -1 });\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.set()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 44,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "js-cookie's Cookies.set with expires: new Date(0)",
      filename,
      code: `${JS_COOKIE}Cookies.set("auth", "", { expires: new Date(0) });\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `auth` with `Cookies.set()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 50,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "a cookie name held in a same-module const",
      filename,
      code: `${JS_COOKIE}const SESSION_COOKIE = "app_session";\nCookies.remove(SESSION_COOKIE);\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `app_session` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 31,
          suggestions: [
            { messageId: "suggestLogoutNavigation", output: `const SESSION_COOKIE = "app_session";\n${NAVIGATE};\n` },
          ],
        },
      ],
    },
    // cookies-next
    {
      name: "cookies-next's deleteCookie",
      filename,
      code: 'import { deleteCookie } from "cookies-next";\ndeleteCookie("auth-token");\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `auth-token` with `deleteCookie()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 27,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "an aliased deleteCookie from cookies-next/client",
      filename,
      code: 'import { deleteCookie as del } from "cookies-next/client";\ndel("auth");\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `auth` with `deleteCookie()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 12,
          suggestions: [
            { messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` },
          ],
        },
      ],
    },
    {
      name: "a namespace import of cookies-next",
      filename,
      code: 'import * as cookiesNext from "cookies-next";\ncookiesNext.deleteCookie("jwt");\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `jwt` with `deleteCookie()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 32,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "cookies-next's deleteCookie with browser options",
      filename,
      code: 'import { deleteCookie } from "cookies-next";\ndeleteCookie("session", { path: "/", domain: ".example.com" });\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `deleteCookie()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 63,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "cookies-next's setCookie with an empty value and maxAge: 0",
      filename,
      code: 'import { setCookie } from "cookies-next/client";\nsetCookie("session", "", { maxAge: 0 });\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `setCookie()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 40,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "the function returned by useDeleteCookie()",
      filename,
      code: 'import { useDeleteCookie } from "cookies-next/client";\nexport function Account() {\n  const deleteCookie = useDeleteCookie();\n  return <button onClick={() => deleteCookie("session")}>Forget me</button>;\n}\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `deleteCookie()`", logoutPath: "/logout" },
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 56,
          suggestions: [
            {
              messageId: "suggestLogoutNavigation",
              output: `export function Account() {\n  return <button onClick={() => ${NAVIGATE}}>Forget me</button>;\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "the function returned by useSetCookie(), with maxAge: -1",
      filename,
      code: 'import { useSetCookie } from "cookies-next";\nexport function useClearToken() {\n  const setCookie = useSetCookie();\n  return () => setCookie("token", "", { maxAge: -1 });\n}\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `token` with `setCookie()`", logoutPath: "/logout" },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 54,
          suggestions: [
            {
              messageId: "suggestLogoutNavigation",
              output: `export function useClearToken() {\n  return () => ${NAVIGATE};\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "deleteCookie destructured from useCookiesNext()",
      filename,
      code: 'import { useCookiesNext } from "cookies-next/client";\nexport function useClearSession() {\n  const { deleteCookie } = useCookiesNext();\n  return () => deleteCookie("session");\n}\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `deleteCookie()`", logoutPath: "/logout" },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 39,
          suggestions: [
            {
              messageId: "suggestLogoutNavigation",
              output: `export function useClearSession() {\n  return () => ${NAVIGATE};\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "setCookie called on the object useCookiesNext() returns",
      filename,
      code: 'import { useCookiesNext } from "cookies-next/client";\nexport function useClearSession() {\n  const cookies = useCookiesNext();\n  return () => cookies.setCookie("session", "", { maxAge: 0 });\n}\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `setCookie()`", logoutPath: "/logout" },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 63,
          suggestions: [
            {
              messageId: "suggestLogoutNavigation",
              output: `export function useClearSession() {\n  return () => ${NAVIGATE};\n}\n`,
            },
          ],
        },
      ],
    },
    // react-cookie
    {
      name: "react-cookie's removeCookie, destructured",
      filename,
      code: `${REACT_COOKIE}export function useClearSession() {\n  const [cookies, setCookie, removeCookie] = useCookies(["session"]);\n  return () => removeCookie("session");\n}\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `removeCookie()`", logoutPath: "/logout" },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 39,
          suggestions: [
            {
              messageId: "suggestLogoutNavigation",
              output: `${REACT_COOKIE}export function useClearSession() {\n  const [cookies, setCookie, removeCookie] = useCookies(["session"]);\n  return () => ${NAVIGATE};\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "react-cookie's removeCookie under another name, after holes",
      filename,
      code: `${REACT_COOKIE}export function useClearToken() {\n  const [, , remove] = useCookies();\n  return () => remove("token", { path: "/" });\n}\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `token` with `removeCookie()`", logoutPath: "/logout" },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 46,
          suggestions: [
            {
              messageId: "suggestLogoutNavigation",
              output: `export function useClearToken() {\n  return () => ${NAVIGATE};\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "react-cookie's useCookies() result indexed with [2]",
      filename,
      code: `${REACT_COOKIE}export function useClearToken() {\n  const cookies = useCookies();\n  return () => cookies[2]("token");\n}\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `token` with `removeCookie()`", logoutPath: "/logout" },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 35,
          suggestions: [
            {
              messageId: "suggestLogoutNavigation",
              output: `export function useClearToken() {\n  return () => ${NAVIGATE};\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "an aliased useCookies",
      filename,
      code: 'import { useCookies as useCookieJar } from "react-cookie";\nexport function useClearSession() {\n  const [, , removeCookie] = useCookieJar();\n  return () => removeCookie("session");\n}\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `removeCookie()`", logoutPath: "/logout" },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 39,
          suggestions: [
            {
              messageId: "suggestLogoutNavigation",
              output: `export function useClearSession() {\n  return () => ${NAVIGATE};\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "react-cookie's setCookie with maxAge: 0",
      filename,
      code: `${REACT_COOKIE}export function useClearSession() {\n  const [, setCookie] = useCookies();\n  return () => setCookie("session", "", { maxAge: 0 });\n}\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `setCookie()`", logoutPath: "/logout" },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 55,
          suggestions: [
            {
              messageId: "suggestLogoutNavigation",
              output: `export function useClearSession() {\n  return () => ${NAVIGATE};\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "react-cookie's Cookies class",
      filename,
      code: 'import { Cookies } from "react-cookie";\nconst cookies = new Cookies();\ncookies.remove("session");\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            { messageId: "suggestLogoutNavigation", output: `import { Cookies } from "react-cookie";\nconst cookies = new Cookies();\n${NAVIGATE};\n` },
          ],
        },
      ],
    },
    // universal-cookie
    {
      name: "a const universal-cookie instance",
      filename,
      code: `${UNIVERSAL_COOKIE}const cookies = new Cookies();\ncookies.remove("session", { path: "/" });\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 41,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${UNIVERSAL_COOKIE}const cookies = new Cookies();\n${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "an inline new Cookies() from universal-cookie",
      filename,
      code: `${UNIVERSAL_COOKIE}new Cookies().remove("sid");\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `sid` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 28,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "universal-cookie under another name",
      filename,
      code: 'import UniversalCookie from "universal-cookie";\nconst jar = new UniversalCookie();\njar.remove("session");\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: "suggestLogoutNavigation",
              output: `import UniversalCookie from "universal-cookie";\nconst jar = new UniversalCookie();\n${NAVIGATE};\n`,
            },
          ],
        },
      ],
    },
    {
      name: "universal-cookie's set with expires: new Date(0)",
      filename,
      code: `${UNIVERSAL_COOKIE}const cookies = new Cookies();\ncookies.set("token", "", { expires: new Date(0) });\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `token` with `Cookies.set()`", logoutPath: "/logout" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 51,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${UNIVERSAL_COOKIE}const cookies = new Cookies();\n${NAVIGATE};\n` }],
        },
      ],
    },
    // cookieStore
    {
      name: "cookieStore.delete",
      filename,
      code: 'cookieStore.delete("session");\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `cookieStore.delete()`", logoutPath: "/logout" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 30,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "window.cookieStore.delete with an options object",
      filename,
      code: 'window.cookieStore.delete({ name: "session", path: "/" });\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `cookieStore.delete()`", logoutPath: "/logout" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 58,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "an awaited cookieStore.delete: the suggestion replaces the await too",
      filename,
      code: 'export async function clearSession() {\n  await cookieStore.delete("session");\n}\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `cookieStore.delete()`", logoutPath: "/logout" },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 38,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `export async function clearSession() {\n  ${NAVIGATE};\n}\n` }],
        },
      ],
    },
    // document.cookie
    {
      name: "document.cookie with Max-Age=0",
      filename,
      code: 'document.cookie = "session=; Max-Age=0; path=/";\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Expiring `session` through `document.cookie`", logoutPath: "/logout" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 48,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "document.cookie with an Expires in 1970",
      filename,
      code: 'document.cookie = "token=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Expiring `token` through `document.cookie`", logoutPath: "/logout" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 74,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "document.cookie with an Expires in the past and a value",
      filename,
      code: 'document.cookie = "sid=deleted; Expires=Wed, 21 Oct 2015 07:28:00 GMT";\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Expiring `sid` through `document.cookie`", logoutPath: "/logout" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 71,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "document.cookie with an empty value and an expiry built at run time",
      filename,
      code: "document.cookie = `token=; expires=${new Date(0).toUTCString()}; path=/`;\n",
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Expiring `token` through `document.cookie`", logoutPath: "/logout" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 73,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "document.cookie with an empty value and a future expiry",
      filename,
      code: 'document.cookie = "auth=; expires=Fri, 31 Dec 9999 23:59:59 GMT";\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Expiring `auth` through `document.cookie`", logoutPath: "/logout" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 65,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "document.cookie built by concatenation with a const name",
      filename,
      code: 'const SESSION_COOKIE = "app_session";\ndocument.cookie = SESSION_COOKIE + "=; Max-Age=0; path=/";\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Expiring `app_session` through `document.cookie`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 58,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `const SESSION_COOKIE = "app_session";\n${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "document.cookie built by a template with a const name",
      filename,
      code: 'const NAME = "jwt";\ndocument.cookie = `${NAME}=; Max-Age=0`;\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Expiring `jwt` through `document.cookie`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 40,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `const NAME = "jwt";\n${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "window.document.cookie with a negative Max-Age",
      filename,
      code: 'window.document.cookie = "sid=; max-age=-1";\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Expiring `sid` through `document.cookie`", logoutPath: "/logout" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 44,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    // Any cookie, in a function that clearly logs out.
    {
      name: "a UI cookie in a function named handleLogout",
      filename,
      code: `${JS_COOKIE}export function handleLogout() {\n  Cookies.remove("user");\n}\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `user` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 25,
          suggestions: [{ messageId: "suggestLogoutFunctionNavigation", output: `export function handleLogout() {\n  ${NAVIGATE};\n}\n` }],
        },
      ],
    },
    {
      name: "a UI cookie in a useCallback assigned to signOut",
      filename,
      code: `import { useCallback } from "react";\n${JS_COOKIE}export function useAuth() {\n  const signOut = useCallback(() => {\n    Cookies.remove("user");\n  }, []);\n  return { signOut };\n}\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `user` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 27,
          suggestions: [
            {
              messageId: "suggestLogoutFunctionNavigation",
              output: `import { useCallback } from "react";\nexport function useAuth() {\n  const signOut = useCallback(() => {\n    ${NAVIGATE};\n  }, []);\n  return { signOut };\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "a UI cookie in an object method named logout",
      filename,
      code: `${JS_COOKIE}export const auth = {\n  logout() {\n    Cookies.remove("profile");\n  },\n};\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `profile` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 30,
          suggestions: [
            { messageId: "suggestLogoutFunctionNavigation", output: `export const auth = {\n  logout() {\n    ${NAVIGATE};\n  },\n};\n` },
          ],
        },
      ],
    },
    {
      name: "a UI cookie in a class method named signOut",
      filename,
      code: `${JS_COOKIE}export class Session {\n  signOut() {\n    Cookies.remove("user");\n  }\n}\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `user` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 27,
          suggestions: [
            { messageId: "suggestLogoutFunctionNavigation", output: `export class Session {\n  signOut() {\n    ${NAVIGATE};\n  }\n}\n` },
          ],
        },
      ],
    },
    {
      name: "a UI cookie in an arrow function named onLogOut",
      filename,
      code: `${JS_COOKIE}export const onLogOut = () => Cookies.remove("user");\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `user` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 53,
          suggestions: [{ messageId: "suggestLogoutFunctionNavigation", output: `export const onLogOut = () => ${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "a UI cookie in the onClick handler of a Log out button",
      filename,
      code: `${JS_COOKIE}export function Menu() {\n  return <button onClick={() => Cookies.remove("user")}>Log out</button>;\n}\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `user` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 55,
          suggestions: [
            {
              messageId: "suggestLogoutFunctionNavigation",
              output: `export function Menu() {\n  return <button onClick={() => ${NAVIGATE}}>Log out</button>;\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "a UI cookie in the handler of an element labelled Sign out",
      filename,
      code: `${JS_COOKIE}export function Menu() {\n  return <IconButton aria-label="Sign out" onClick={() => Cookies.remove("user")} />;\n}\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `user` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 3,
          column: 59,
          endLine: 3,
          endColumn: 81,
          suggestions: [
            {
              messageId: "suggestLogoutFunctionNavigation",
              output: `export function Menu() {\n  return <IconButton aria-label="Sign out" onClick={() => ${NAVIGATE}} />;\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "a UI cookie in the handler of a button whose text sits in nested elements",
      filename,
      code: `${JS_COOKIE}export function Menu() {\n  return (\n    <button onClick={() => Cookies.remove("user")}>\n      <LogOutIcon />\n      <span>Sign out</span>\n    </button>\n  );\n}\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `user` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 50,
          suggestions: [
            {
              messageId: "suggestLogoutFunctionNavigation",
              output: `export function Menu() {\n  return (\n    <button onClick={() => ${NAVIGATE}}>\n      <LogOutIcon />\n      <span>Sign out</span>\n    </button>\n  );\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "a document.cookie name known only at run time, in a logout function",
      filename,
      code: "export function handleLogout(name) {\n  document.cookie = `${name}=; Max-Age=0; path=/`;\n}\n",
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Expiring a cookie through `document.cookie`", logoutPath: "/logout" },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 50,
          suggestions: [{ messageId: "suggestLogoutFunctionNavigation", output: `export function handleLogout(name) {\n  ${NAVIGATE};\n}\n` }],
        },
      ],
    },
    {
      name: "every cookie removed in a callback nested in a logout function",
      filename,
      code: `${JS_COOKIE}export function logout() {\n  Object.keys(Cookies.get()).forEach((name) => Cookies.remove(name));\n}\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting a cookie with `Cookies.remove()`", logoutPath: "/logout" },
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 68,
          suggestions: [
            {
              messageId: "suggestLogoutFunctionNavigation",
              output: `${JS_COOKIE}export function logout() {\n  Object.keys(Cookies.get()).forEach((name) => ${NAVIGATE});\n}\n`,
            },
          ],
        },
      ],
    },
    // Settings and options.
    {
      name: "logoutPaths sets the suggested path",
      filename,
      settings: { "next-logout": { logoutPaths: ["/api/auth/logout"] } },
      code: `${JS_COOKIE}Cookies.remove("session");\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/api/auth/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 26,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `window.location.replace("/api/auth/logout");\n` }],
        },
      ],
    },
    {
      name: "a logoutPaths pattern falls back to /logout",
      filename,
      settings: { "next-logout": { logoutPaths: ["/auth/*"] } },
      code: `${JS_COOKIE}Cookies.remove("session");\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 26,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "sessionCookies names the session cookie",
      filename,
      settings: { "next-logout": { sessionCookies: ["portal"] } },
      code: `${JS_COOKIE}Cookies.remove("portal");\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `portal` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 25,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "allowCookies leaves other session cookies reported",
      filename,
      options: [{ allowCookies: ["consent-*"] }],
      code: `${JS_COOKIE}Cookies.remove("session");\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 26,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "a single-quoted file without semicolons gets the navigation in its own style",
      filename,
      code: "import Cookies from 'js-cookie'\nexport function handleLogout() {\n  Cookies.remove('session')\n  Cookies.remove('user')\n}\n",
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 28,
          suggestions: [
            {
              messageId: "suggestLogoutFunctionNavigation",
              output: "export function handleLogout() {\n  window.location.replace('/logout')\n}\n",
            },
          ],
        },
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `user` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            {
              messageId: "suggestLogoutFunctionNavigation",
              output: "export function handleLogout() {\n  window.location.replace('/logout')\n}\n",
            },
          ],
        },
      ],
    },
    {
      name: "in a CRLF file, the removed lines take their CRLF with them",
      filename,
      code: `${JS_COOKIE.replace("\n", "\r\n")}export function handleLogout() {\r\n  Cookies.remove("session");\r\n  Cookies.remove("user");\r\n}\r\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          line: 3,
          suggestions: [
            {
              messageId: "suggestLogoutFunctionNavigation",
              output: `export function handleLogout() {\r\n  ${NAVIGATE};\r\n}\r\n`,
            },
          ],
        },
        {
          messageId: "clientCookieDeletion",
          line: 4,
          suggestions: [
            {
              messageId: "suggestLogoutFunctionNavigation",
              output: `export function handleLogout() {\r\n  ${NAVIGATE};\r\n}\r\n`,
            },
          ],
        },
      ],
    },
  ]),
});

ruleTester.run("no-client-cookie-deletion (TypeScript)", rule, {
  valid: [
    {
      name: "a declared document",
      filename: "lib/cookies.ts",
      code: 'declare const document: { cookie: string };\ndocument.cookie = "session=; Max-Age=0";',
    },
    {
      name: "a typed cookieStore parameter",
      filename: "lib/cookies.ts",
      code: 'export async function clearSession(cookieStore: { delete(name: string): Promise<void> }) {\n  await cookieStore.delete("session");\n}',
    },
  ],
  invalid: [
    {
      name: "a non-null assertion on a universal-cookie instance",
      filename: "lib/cookies.ts",
      code: `${UNIVERSAL_COOKIE}const cookies: Cookies | null = new Cookies();\ncookies!.remove("session");\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 27,
          suggestions: [
            { messageId: "suggestLogoutNavigation", output: `${UNIVERSAL_COOKIE}const cookies: Cookies | null = new Cookies();\n${NAVIGATE};\n` },
          ],
        },
      ],
    },
    {
      name: "an `as` cast of an inline universal-cookie instance",
      filename: "lib/cookies.ts",
      code: `${UNIVERSAL_COOKIE}(new Cookies() as Cookies).remove("session");\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 45,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "an awaited window.cookieStore.delete with a run-time name in a typed signOut",
      filename: "lib/auth.ts",
      code: "export async function signOut(name: string): Promise<void> {\n  await window.cookieStore.delete(name);\n}\n",
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting a cookie with `cookieStore.delete()`", logoutPath: "/logout" },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 40,
          suggestions: [{ messageId: "suggestLogoutFunctionNavigation", output: `export async function signOut(name: string): Promise<void> {\n  ${NAVIGATE};\n}\n` }],
        },
      ],
    },
  ],
});

const ROUTER = '"use client";\nimport Cookies from "js-cookie";\nimport { useRouter } from "next/navigation";\n';
const LOGOUT_FUNCTION = `${ROUTER}export function Menu() {\n  const router = useRouter();\n  function handleLogout() {\n    Cookies.remove("session");\n    Cookies.remove("theme");\n    router.push("/login");\n  }\n  return <button onClick={handleLogout}>Log out</button>;\n}\n`;
// Every deletion of a logout function suggests the same edit: the last deletion or navigation becomes the full page
// load, the ones before it go, and so do the js-cookie import and the router they leave unused.
const LOGOUT_FUNCTION_FIXED = `"use client";\nexport function Menu() {\n  function handleLogout() {\n    ${NAVIGATE};\n  }\n  return <button onClick={handleLogout}>Log out</button>;\n}\n`;
const BROWSER_GLOBALS = { globals: { window: "readonly", document: "readonly", cookieStore: "readonly", globalThis: "readonly" } } as const;

ruleTester.run("no-client-cookie-deletion (logout functions, globals)", rule, {
  valid: [],
  invalid: withEspree<InvalidTestCase<MessageIds, Options>>([
    {
      name: "a logout function's deletions and soft navigation become one full page load",
      filename,
      code: LOGOUT_FUNCTION,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 30,
          suggestions: [{ messageId: "suggestLogoutFunctionNavigation", output: LOGOUT_FUNCTION_FIXED }],
        },
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `theme` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 28,
          suggestions: [{ messageId: "suggestLogoutFunctionNavigation", output: LOGOUT_FUNCTION_FIXED }],
        },
      ],
    },
    {
      name: "document.cookie with browser globals from the lint config",
      filename,
      languageOptions: BROWSER_GLOBALS,
      code: 'document.cookie = "session=; Max-Age=0";\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Expiring `session` through `document.cookie`", logoutPath: "/logout" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 40,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "cookieStore.delete with browser globals from the lint config",
      filename,
      languageOptions: BROWSER_GLOBALS,
      code: 'cookieStore.delete("session");\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `cookieStore.delete()`", logoutPath: "/logout" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 30,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "globalThis.document.cookie",
      filename,
      code: 'globalThis.document.cookie = "session=; Max-Age=0";\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Expiring `session` through `document.cookie`", logoutPath: "/logout" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 51,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "an awaited optional call to window.cookieStore?.delete: the suggestion replaces the await too",
      filename,
      code: 'export async function clear() {\n  await window.cookieStore?.delete("session");\n}\n',
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `cookieStore.delete()`", logoutPath: "/logout" },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 46,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `export async function clear() {\n  ${NAVIGATE};\n}\n` }],
        },
      ],
    },
    {
      name: "universal-cookie made with null and browser options",
      filename,
      code: `${UNIVERSAL_COOKIE}new Cookies(null, { path: "/" }).remove("session");\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 51,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "js-cookie's withAttributes().remove",
      filename,
      code: `${JS_COOKIE}Cookies.withAttributes({ path: "/" }).remove("session");\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 56,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `${NAVIGATE};\n` }],
        },
      ],
    },
    {
      name: "a UI cookie in the handler of an element labelled Log out in braces",
      filename,
      code: `${JS_COOKIE}export const Item = () => <button aria-label={"Log out"} onClick={() => Cookies.remove("theme")} />;\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `theme` with `Cookies.remove()`", logoutPath: "/logout" },
          line: 2,
          column: 73,
          endLine: 2,
          endColumn: 96,
          suggestions: [
            {
              messageId: "suggestLogoutFunctionNavigation",
              output: `export const Item = () => <button aria-label={"Log out"} onClick={() => ${NAVIGATE}} />;\n`,
            },
          ],
        },
      ],
    },
    {
      name: "the first logoutPaths entry that is no pattern is the suggested path",
      filename,
      settings: { "next-logout": { logoutPaths: ["/auth/*", "/api/logout"] } },
      code: `${JS_COOKIE}Cookies.remove("session");\n`,
      output: null,
      errors: [
        {
          messageId: "clientCookieDeletion",
          data: { what: "Deleting `session` with `Cookies.remove()`", logoutPath: "/api/logout" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 26,
          suggestions: [{ messageId: "suggestLogoutNavigation", output: `window.location.replace("/api/logout");\n` }],
        },
      ],
    },
  ]),
});
