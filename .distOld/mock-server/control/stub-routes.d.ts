import { Hono } from "hono";
import { type Stubs } from "../stubs/stubs.js";
export declare function stubRoutes(stubs: Stubs): Hono;
