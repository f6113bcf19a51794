/** @type {import("next").NextConfig} */
const nextConfig = {
  // app/logout/route.ts is the seed article's handler as written: `cookies().delete(…)` without `await` is a type
  // error on Next.js 16, and the point is to build it anyway and see what it does at run time.
  typescript: { ignoreBuildErrors: true },
  // tests/e2e/browser.test.ts builds copies of this app whose node_modules are links into the repository. Turbopack
  // compiles only files under its root, so the test moves the root up to a folder that holds both, as a monorepo would.
  ...(process.env.NEXT_LOGOUT_E2E_TURBOPACK_ROOT ? { turbopack: { root: process.env.NEXT_LOGOUT_E2E_TURBOPACK_ROOT } } : {}),
};

export default nextConfig;
