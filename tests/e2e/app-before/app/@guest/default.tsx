import Landing from "./page";

// A signed-out visit to a dashboard URL such as /settings shows the landing page.
export default Landing;
