import { Hono } from "hono";
import type { Journal } from "../http/journal.js";
export declare function journalRoutes(journal: Journal): Hono;
