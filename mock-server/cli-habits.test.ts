import { describe, expect, it } from "vitest";
import { didYouMean, listenFailure, parseConfigFile } from "./cli-habits.js";
import { chooseLogFormat } from "./cli-logger.js";

describe("CLI habits", () => {
  it("suggests the option meant, and nothing for one far from any", () => {
    const options = ["port", "host", "config", "time-scale", "rate-limit"];
    expect(didYouMean("Unknown option '--prot'", options)).toBe(" (did you mean --port?)");
    expect(didYouMean("Unknown option '--time-scal'", options)).toBe(" (did you mean --time-scale?)");
    expect(didYouMean("Unknown option '--no-rate-limt'", options)).toBe(" (did you mean --no-rate-limit?)");
    expect(didYouMean("Unknown option '--verbose'", options)).toBe("");
  });

  it("reads .json as JSON (errors in JSON terms) and anything else as YAML", async () => {
    expect(await parseConfigFile("a.json", '{"seed": 7}')).toEqual({ seed: 7 });
    await expect(parseConfigFile("a.JSON", "seed: 7")).rejects.toThrow(/^a\.JSON is not valid JSON: (at position \d+|a syntax error)/);
    expect(await parseConfigFile("a.yaml", "seed: 7")).toEqual({ seed: 7 });
  });

  it("says a port is taken, and how to get a free one", () => {
    const taken = Object.assign(new Error("listen EADDRINUSE"), { code: "EADDRINUSE" });
    expect(listenFailure(taken, "127.0.0.1", 3000)).toMatch(/^port 3000 on 127\.0\.0\.1 is already in use.*--port 0 for a free one$/);
    expect(listenFailure(new Error("other"), "127.0.0.1", 3000)).toBeUndefined();
  });

  it("logs pretty on a terminal and JSON elsewhere, unless told", () => {
    expect([chooseLogFormat(undefined, true), chooseLogFormat(undefined, false)]).toEqual(["pretty", "json"]);
    expect([chooseLogFormat("json", true), chooseLogFormat("pretty", false), chooseLogFormat("xml", true)]).toEqual(["json", "pretty", undefined]);
  });
});

describe("the version", () => {
  it("is the package's, read from the sources as from dist/", async () => {
    const { packageVersion } = await import("./cli-habits.js");
    const { readFileSync } = await import("node:fs");
    expect(packageVersion()).toBe(JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version);
  });
});
