// What a command line is expected to do, beyond parsing: say which option was meant, read a .json config as JSON
// (and explain its errors in JSON terms), say plainly when a port is taken, and know its own version.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { closest, distance } from "fastest-levenshtein";
import { parseErrorWithoutText } from "./http/mask-secrets.js";
/** `Unknown option '--prot'` → ` (did you mean --port?)`, when a known option is close enough to be meant. */
export function didYouMean(message, options) {
    const given = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (!given)
        return "";
    const name = given.replace(/^-+/, "").split("=")[0];
    const known = options.flatMap((o) => [o, `no-${o}`]);
    const best = closest(name, known);
    return distance(name, best) <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean --${best}?)` : "";
}
export class ConfigFileError extends Error {
}
/** A config file's settings: a .json file as JSON, anything else as YAML (of which JSON is a subset). */
export async function parseConfigFile(path, text) {
    if (extname(path).toLowerCase() === ".json") {
        try {
            return (JSON.parse(text) ?? {});
        }
        catch (error) {
            throw new ConfigFileError(`${path} is not valid JSON: ${parseErrorWithoutText(error).replace(/^not valid JSON ?/, "") || "a syntax error"} (the file's text is not quoted: it may hold secrets)`);
        }
    }
    try {
        // Loaded only when needed: every module loaded is memory held for the life of the server.
        const { parse: parseYaml } = await import("yaml");
        return (parseYaml(text) ?? {});
    }
    catch (error) {
        throw new ConfigFileError(`${path} is not valid YAML or JSON: ${parseErrorWithoutText(error)}`);
    }
}
/** The message for a server that could not listen: a taken port says so, and how to get a free one. */
export function listenFailure(error, host, port) {
    const code = error?.code;
    if (code === "EADDRINUSE") {
        return `port ${port} on ${host} is already in use (another mock, or another server): choose one with --port <n>, or --port 0 for a free one`;
    }
    if (code === "EACCES")
        return `no permission to listen on ${host}:${port} (ports below 1024 need privileges): try --port 0`;
    return undefined;
}
/** This package's version, from its package.json: one folder up from mock-server/ in the sources, two from dist/. */
export function packageVersion() {
    for (const up of ["../package.json", "../../package.json"]) {
        try {
            const json = JSON.parse(readFileSync(new URL(up, import.meta.url), "utf8"));
            if (json.name === "feishu-dingtalk-mock")
                return json.version;
        }
        catch {
            // not there: one more folder up
        }
    }
    return "unknown";
}
//# sourceMappingURL=cli-habits.js.map