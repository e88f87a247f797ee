// The README's YAML examples (the configuration file, the stubs) are configurations the mock accepts, and the
// stub example answers as the README says.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createMockApp } from "../mock-server/index.js";
import { liveMocks } from "./helpers/mock-harness.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const yamlAfter = (heading: string) => {
  const block = new RegExp(`### ${heading}[\\s\\S]*?\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];
  if (!block) throw new Error(`README.md has no YAML block under "${heading}"`);
  return parse(block);
};

describe("the README's YAML", () => {
  it("configuration file example is accepted as it stands", () => {
    expect(createMockApp({ config: yamlAfter("Configuration file") }).config.seed).toBe(7);
  });

  it("stubs example answers, templated, behind the tenant token", async () => {
    const mock = createMockApp({ config: { ...yamlAfter("Stubs for what is not modelled"), validate_responses: true } });
    liveMocks.add(mock);
    const token = (await (
      await mock.fetch("http://mock.test/open-apis/auth/v3/tenant_access_token/internal", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ app_id: "cli_9f0a1b2c3d4e5f60", app_secret: "mock-feishu-secret" }),
      })
    ).json()) as { tenant_access_token: string };
    const reply = await mock.fetch("http://mock.test/open-apis/im/v1/messages/om_abc/reply", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token.tenant_access_token}` },
      body: JSON.stringify({ msg_type: "text", content: "{}" }),
    });
    const body = (await reply.json()) as { code: number; data: { message_id: string; parent_id: string } };
    expect(body.code).toBe(0);
    expect(body.data.parent_id).toBe("om_abc");
    expect(body.data.message_id).toMatch(/^om_[0-9a-f]{32}$/);
  });
});
