// The mock's control API over HTTP, for tests that talk to a mock on a port: calls that must succeed, and moving
// mock time (checked to have moved by exactly that much).
import { expect } from "vitest";

export function controlOverHttp(baseUrl: () => string) {
  async function control(method: string, path: string, body?: unknown): Promise<any> {
    const response = await fetch(`${baseUrl()}/__mock${path}`, {
      method,
      ...(body !== undefined && { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
    expect(response.status, `${method} /__mock${path}`).toBeLessThan(300);
    return response.json();
  }

  async function advance(ms: number): Promise<number> {
    const before = (await control("GET", "/clock")).now as number;
    const after = await control("POST", "/clock", { advance_ms: ms });
    expect(after.now).toBe(before + ms);
    return after.now as number;
  }

  const mockNow = async (): Promise<number> => (await control("GET", "/clock")).now as number;

  return { control, advance, mockNow };
}
