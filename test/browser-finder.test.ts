// How the browser tests find a Chromium, and that with none they fail saying how to get one (never a skip).
import { describe, expect, it } from "vitest";
import { findBrowser, NO_BROWSER } from "./helpers/browser.js";

describe("findBrowser", () => {
  it("takes CHROME_PATH first, and refuses one that does not exist", async () => {
    await expect(findBrowser({ chromePath: process.execPath, systemPaths: [] })).resolves.toEqual({ path: process.execPath, found: "CHROME_PATH" });
    await expect(findBrowser({ chromePath: "/no/such/chrome" })).rejects.toThrow(/CHROME_PATH is \/no\/such\/chrome, which does not exist/);
  });

  it("then a system browser, the first that exists", async () => {
    await expect(findBrowser({ chromePath: undefined, systemPaths: ["/no/such/chromium", process.execPath] })).resolves.toEqual({ path: process.execPath, found: "system" });
  });

  it("with none, fails saying how to get one", async () => {
    const none = findBrowser({ chromePath: undefined, systemPaths: [], packaged: "no-such-chromium-package" });
    await expect(none).rejects.toThrow(NO_BROWSER);
    expect(NO_BROWSER).toMatch(/CHROME_PATH/);
    expect(NO_BROWSER).toMatch(/apt-get install -y chromium/);
  });
});
