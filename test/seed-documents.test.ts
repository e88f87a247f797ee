// The spec against the five vendor documents it was written from: every example in a document validates against
// the spec's schema for it, and every error code a document lists is in that operation's catalog, same status and text.
import { describe, expect, it } from "vitest";
import { documents, getOperation, SpecValidator, type OperationInfo } from "../spec/index.js";
import {
  dingtalkTableExamples,
  errorRows,
  exampleValues,
  jsonBlocks,
  SEEDS,
  seedText,
  typedExample,
} from "./helpers/seed-documents.js";

const validator = new SpecValidator();

function expectValidParameter(op: OperationInfo, name: string, value: unknown) {
  expect(op.parameters.map((p) => p.value.name), `${op.operationId} has no parameter ${name}`).toContain(name);
  expect(validator.validateParameter(op, name, value).errors, `${name} = ${JSON.stringify(value)}`).toEqual([]);
}

// For each Feishu document: the operation, and which parameter each "示例值" line belongs to, in order.
const feishuDocuments = [
  { seed: SEEDS.getProgress, operationId: "getBatchMessageProgress", params: ["Authorization", "batch_message_id"] },
  { seed: SEEDS.readUser, operationId: "getBatchMessageReadUser", params: ["Authorization", "batch_message_id"] },
  { seed: SEEDS.recall, operationId: "deleteBatchMessage", params: ["Authorization", "batch_message_id"] },
  {
    seed: SEEDS.readUsers,
    operationId: "listMessageReadUsers",
    params: ["Authorization", "message_id", "user_id_type", "page_size", "page_token"],
  },
];

describe.each(feishuDocuments)("$seed ($operationId)", ({ seed, operationId, params }) => {
  const text = seedText(seed);
  const op = getOperation(operationId);

  it("its response example validates against the 200 schema", () => {
    const blocks = jsonBlocks(text);
    expect(blocks).toHaveLength(1);
    expect(validator.validateResponse(op, 200, blocks[0]).errors).toEqual([]);
  });

  it("its parameter example values validate against the parameters' schemas", () => {
    const values = exampleValues(text);
    expect(values).toHaveLength(params.length);
    params.forEach((name, i) => {
      if (name === "Authorization") {
        // The credential is the security scheme's (bearer), not a parameter: the example must be of its form.
        expect(op.authenticated).toBe(true);
        expect(values[i]).toMatch(/^Bearer t-\S+$/);
        return;
      }
      const param = op.parameters.find((p) => p.value.name === name)!.value;
      const value = param.schema?.type === "integer" ? Number(values[i]) : values[i];
      expectValidParameter(op, name, value);
    });
  });

  it("every error code in its table is in the operation's catalog with the same HTTP status and message", () => {
    const rows = errorRows(text);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const entry = op.errorCodes.find((e) => e.code === row.code);
      expect(entry, `code ${row.code} missing from ${operationId} x-error-codes`).toBeDefined();
      expect({ code: entry!.code, http: entry!.http_status, msg: entry!.msg }).toEqual({
        code: row.code,
        http: row.httpStatus,
        msg: row.msg,
      });
    }
  });
});

describe(`${SEEDS.getSendProgress} (getSendProgress)`, () => {
  const text = seedText(SEEDS.getSendProgress);
  const op = getOperation("getSendProgress");
  const table = dingtalkTableExamples(text);

  // This document has no JSON blocks: its examples are the tables' Example column, assembled here.
  it("its request example (from the Example column) validates in both accepted media types", () => {
    const body = { agent_id: typedExample(table.get("agent_id")), task_id: typedExample(table.get("task_id")) };
    expect(body).toEqual({ agent_id: 836390886, task_id: 256271667526 });
    expect(validator.validateRequestBody(op, "application/json", body).errors).toEqual([]);
    expect(validator.validateRequestBody(op, "application/x-www-form-urlencoded", body).errors).toEqual([]);
    // access_token is the security scheme's (apiKey in the query), not a parameter.
    expect(op.authenticated).toBe(true);
    expect(documents.dingtalk.components?.securitySchemes?.accessToken).toMatchObject({ type: "apiKey", in: "query", name: "access_token" });
    expect(typedExample(table.get("access_token"))).toEqual(expect.any(String));
  });

  it("its response example (from the Example column) validates against the 200 schema", () => {
    const body = {
      request_id: typedExample(table.get("request_id")),
      errcode: typedExample(table.get("errcode")),
      errmsg: typedExample(table.get("errmsg")),
      progress: {
        progress_in_percent: typedExample(table.get("progress_in_percent")),
        status: typedExample(table.get("status")),
      },
    };
    expect(validator.validateResponse(op, 200, body).errors).toEqual([]);
  });

  it("every error code in its table is in the catalog with the same message", () => {
    const rows = errorRows(text);
    expect(rows.map((r) => r.code)).toEqual([40035, 500]);
    for (const row of rows) {
      const entry = op.errorCodes.find((e) => e.code === row.code);
      expect(entry, `code ${row.code} missing`).toBeDefined();
      expect(entry!.msg).toBe(row.msg);
      expect(entry!.http_status).toBe(200);
    }
  });
});
