#!/usr/bin/env node
// The command line: `feishu-dingtalk-mock [options]` (npm start). Parses options (node:util parseArgs), loads a
// JSON or YAML config file, starts the server, prints where everything is, and logs one line per request.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { defaultConfig } from "./config.js";
import { mask } from "./control/state-view.js";
import { ConfigFileError, didYouMean, listenFailure, packageVersion, parseConfigFile } from "./cli-habits.js";
import { chooseLogFormat, LOG_FORMATS, requestLogger } from "./cli-logger.js";
import { limitHeapGrowth } from "./heap-growth.js";
import { startMockServer } from "./serve.js";
const HELP = `feishu-dingtalk-mock — a fake Feishu (Lark) and DingTalk for local development and contract tests

Usage: feishu-dingtalk-mock [options]
       feishu-dingtalk-mock proxy [options]   (a contract-checking proxy to the real vendors: proxy --help)

  --port <n>            port to listen on (default: $PORT or 3000; 0 picks a free one)
  --host <address>      address to bind (default 127.0.0.1)
  --config <file>       JSON or YAML settings over the defaults (apps, windows, limits, simulation)
  --seed <n>            seed of the generated directory, ids and timings (default 1)
  --time-scale <x>      mock seconds per real second (default 1; 60 = a minute per second)
  --fidelity <profile>  live (default): behave as the live services answer; documented: as their documents read
  --no-rate-limit       do not apply the Feishu frequency limits
  --control             serve the /__mock control API (default: on for a loopback host)
  --no-control          do not serve the control API
  --control-token <t>   require "Authorization: Bearer <t>" on the control API (needed off loopback)
  --state-file <path>   save the state there (a journal of what changed, folded into snapshots) and restore it on start
  --save-interval-ms <n>  how often the state file is saved (default 1000; after a SIGKILL at most this much is lost)
  --request-timeout-ms <n>  close connections whose request has not arrived whole in this time (default 30000)
  --allowed-host <name> answer this Host name too (repeatable; loopback names and IP addresses always are)
  --dev                 check every response against the spec and report mismatches
  --quiet               no startup banner and no request log
  --log-format <f>      pretty (the default on a terminal) or json (one JSON line per request; the default otherwise)
  -v, --version         print the version
  -h, --help            show this help
`;
/** The long options, for "did you mean". */
const OPTION_NAMES = [...HELP.matchAll(/--([a-z][a-z-]+)/g)].map((m) => m[1]).filter((n, i, all) => all.indexOf(n) === i);
function fail(message) {
    process.stderr.write(`feishu-dingtalk-mock: ${message}\n`);
    process.exit(2);
}
function number(value, name, integer = true, min = -Infinity, max = Infinity) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n)))
        fail(`${name} must be ${integer ? "an integer" : "a number"}`);
    if (n < min || n > max)
        fail(`${name} must be from ${min} to ${max}`);
    return n;
}
async function main() {
    if (process.argv[2] === "proxy") {
        // Loaded only for the proxy: the mock never pays for it.
        const { proxyMain } = await import("./proxy/proxy-cli.js");
        return proxyMain(process.argv.slice(3));
    }
    limitHeapGrowth();
    let args;
    try {
        args = parseArgs({
            allowNegative: true,
            options: {
                port: { type: "string" },
                host: { type: "string" },
                config: { type: "string" },
                seed: { type: "string" },
                "time-scale": { type: "string" },
                fidelity: { type: "string" },
                "rate-limit": { type: "boolean" },
                control: { type: "boolean" },
                "control-token": { type: "string" },
                "state-file": { type: "string" },
                "save-interval-ms": { type: "string" },
                "request-timeout-ms": { type: "string" },
                "allowed-host": { type: "string", multiple: true },
                dev: { type: "boolean" },
                quiet: { type: "boolean" },
                "log-format": { type: "string" },
                version: { type: "boolean", short: "v" },
                help: { type: "boolean", short: "h" },
            },
        }).values;
    }
    catch (error) {
        // The usage first and the error last, where the eye lands.
        const message = error.message.split(". To specify a positional argument")[0];
        process.stderr.write(HELP);
        fail(`${message}${didYouMean(message, OPTION_NAMES)}`);
    }
    if (args.help) {
        process.stdout.write(HELP);
        return;
    }
    if (args.version) {
        process.stdout.write(`${packageVersion()}\n`);
        return;
    }
    const logFormat = chooseLogFormat(args["log-format"], process.stdout.isTTY === true);
    if (!logFormat)
        fail(`--log-format must be ${LOG_FORMATS.join(" or ")}`);
    let fileConfig = {};
    if (args.config) {
        let text = "";
        try {
            text = await readFile(args.config, "utf8");
        }
        catch (error) {
            fail(`cannot read ${args.config}: ${error.message}`);
        }
        try {
            fileConfig = await parseConfigFile(args.config, text);
        }
        catch (error) {
            if (!(error instanceof ConfigFileError))
                throw error;
            fail(error.message);
        }
    }
    const overrides = {};
    const seed = number(args.seed, "--seed");
    const scale = number(args["time-scale"], "--time-scale", false);
    if (scale !== undefined && scale <= 0)
        fail("--time-scale must be above 0");
    if (scale !== undefined)
        overrides.time = { ...fileConfig.time, scale };
    if (args["rate-limit"] === false) {
        const feishu = (fileConfig.feishu ?? {});
        overrides.feishu = { ...feishu, rate_limit: { ...feishu.rate_limit, enabled: false } };
    }
    if (args.fidelity !== undefined && args.fidelity !== "live" && args.fidelity !== "documented") {
        fail(`--fidelity must be live or documented (got ${args.fidelity})`);
    }
    if (args["control-token"] !== undefined)
        overrides.control = { ...fileConfig.control, token: args["control-token"] };
    if (args["allowed-host"] !== undefined) {
        const server = (fileConfig.server ?? {});
        overrides.server = { ...server, allowed_hosts: [...(server.allowed_hosts ?? []), ...args["allowed-host"]] };
    }
    const config = {
        ...fileConfig,
        ...overrides,
        ...(seed !== undefined && { seed }),
        ...(args.fidelity !== undefined && { fidelity: args.fidelity }),
        ...(args.dev && { validate_responses: true }),
    };
    const host = args.host ?? "127.0.0.1";
    const port = number(args.port ?? process.env.PORT, "--port", true, 0, 65535) ?? 3000;
    const log = args.quiet ? undefined : await requestLogger(logFormat);
    let server;
    const saveIntervalMs = number(args["save-interval-ms"], "--save-interval-ms", true, 10, 3_600_000);
    const requestTimeoutMs = number(args["request-timeout-ms"], "--request-timeout-ms", true, 1, 3_600_000);
    try {
        server = await startMockServer({
            port,
            host,
            config,
            ...(args["state-file"] !== undefined && { stateFile: args["state-file"] }),
            ...(saveIntervalMs !== undefined && { saveIntervalMs }),
            ...(requestTimeoutMs !== undefined && { requestTimeoutMs }),
            ...(args.control !== undefined && { control: args.control }),
            onStateFileMessage: (line) => process.stderr.write(`feishu-dingtalk-mock: ${line}\n`),
            ...(log && { log }),
        });
    }
    catch (error) {
        // bad config, unusable state file, port taken: said plainly, exit 2
        fail(listenFailure(error, host, port) ?? error.message);
    }
    // Before anything is printed: whoever reads the banner may signal at once.
    let stopping = false;
    const stop = (signal) => {
        if (stopping)
            return;
        stopping = true;
        if (!args.quiet)
            process.stdout.write(`${signal}: finishing in-flight requests, then stopping\n`);
        server.close().then(() => process.exit(0), (error) => {
            // Never silent: whoever stopped it must know the state file is behind.
            process.stderr.write(`feishu-dingtalk-mock: ${error.message}\n`);
            process.exit(1);
        });
    };
    process.on("SIGINT", () => stop("SIGINT"));
    process.on("SIGTERM", () => stop("SIGTERM"));
    if (!args.quiet) {
        process.stdout.write(banner(server, args.dev === true));
        if (args["state-file"]) {
            process.stdout.write(`  State file        ${args["state-file"]} (${server.restored ? "restored" : "new"}; saved every ${saveIntervalMs ?? 1000} ms when changed)\n\n`);
        }
    }
    // Said even under --quiet: a setting that does not apply is a surprise otherwise.
    for (const conflict of server.conflicts)
        process.stderr.write(`feishu-dingtalk-mock: warning: ${conflict}\n`);
}
function banner(server, dev) {
    // The apps as they are now (a state file may have brought others than the config's).
    const { state, config } = server.mock;
    // The mock's own default credentials are printed to be copied; any other secret only masked (logs are shared).
    const defaults = defaultConfig();
    const shown = (secret, isDefault) => (isDefault ? secret : `${mask(secret)} (configured; masked)`);
    const feishu = [...state.feishuApps.values()].map((a) => {
        const isDefault = defaults.feishu.apps.some((d) => d.app_id === a.app_id && d.app_secret === a.app_secret);
        return `    app_id ${a.app_id}   app_secret ${shown(a.app_secret, isDefault)}${a.bot ? "" : "   (no bot)"}`;
    });
    const dingtalk = [...state.dingtalkApps.values()].map((a) => {
        const isDefault = defaults.dingtalk.apps.some((d) => d.appkey === a.appkey && d.appsecret === a.appsecret);
        return `    appkey ${a.appkey}   appsecret ${shown(a.appsecret, isDefault)}   agent_id ${a.agent_id}`;
    });
    return [
        "",
        "  Fake Feishu and DingTalk are up.",
        "",
        `  Feishu   base URL  ${server.feishuUrl}   (e.g. new lark.Client({ appId, appSecret, domain: "${server.feishuUrl}" }))`,
        ...feishu,
        `  DingTalk base URL  ${server.dingtalkUrl}   (instead of https://oapi.dingtalk.com)`,
        ...dingtalk,
        server.control
            ? `  Control API       ${server.url}/__mock   (state, directory, clock, faults, apps, requests, stubs${config.control.token ? `; token ${mask(config.control.token)}` : ""})`
            : "  Control API       off   (turn it on with --control; off loopback also --control-token <t>)",
        ...(server.control ? [`  Dashboard         ${server.url}/__mock/ui${config.control.token ? "?token=<control token>" : ""}   (live view; events: ${server.url}/__mock/events)`] : []),
        `  Self-check        ${dev ? "on (--dev): every answer is checked against the spec; one that does not match answers HTTP 500 saying why" : "off (--dev checks every answer against the spec)"}`,
        `  Clock             ${server.clock.state().iso} ×${server.clock.scale}${config.feishu.rate_limit.enabled ? "" : "   rate limits off"}`,
        `  Fidelity          ${config.fidelity}   (tokens expire on the ${config.tokens.expire_on} clock; --fidelity documented for the documents' reading)`,
        "",
        "",
    ].join("\n");
}
await main();
//# sourceMappingURL=cli.js.map