import { type IntervalSet } from "./intervals.js";
export type UserIdType = "open_id" | "union_id" | "user_id";
export interface Department {
    /** The tenant's custom department_id (Feishu lets tenants choose these). */
    department_id: string;
    open_department_id: string;
    /** DingTalk's numeric department id. */
    dingtalk_dept_id: number;
    name: string;
    parent_department_id: string;
    /** Members, sub-departments included. */
    members: IntervalSet;
}
export interface Chat {
    chat_id: string;
    name: string;
    members: IntervalSet;
    /** Apps whose bot is in the chat initially ("*": every app). */
    bots: "*" | string[];
}
export interface DirectoryUser {
    index: number;
    name: string;
    en_name: string;
    user_id: string;
    union_id: string;
    open_id: string;
    email: string;
    dingtalk_userid: string;
    department_ids: string[];
}
export interface DirectoryOptions {
    seed: number;
    /** Members of the large "engineering" department (default 100,000). */
    largeDepartmentSize: number;
}
export declare const DINGTALK_ROOT_DEPT_ID = 1;
export declare class Directory {
    readonly seed: number;
    /** Number of users. */
    readonly size: number;
    readonly departments: readonly Department[];
    readonly chats: readonly Chat[];
    /** Users who count as valid recipients but are outside the bot's contact scope, so never receive batches. */
    readonly invisibleToBot: IntervalSet;
    readonly tenantKey: string;
    private readonly keys;
    /** Per app: the key of its open_ids (open_ids differ per app), computed once. */
    private readonly openKeys;
    private readonly zh;
    private readonly en;
    constructor(options: DirectoryOptions);
    private department;
    private chatId;
    /** The p2p chat between an app's bot and a user. */
    p2pChatId(appId: string, index: number): string;
    userId(index: number): string;
    unionId(index: number): string;
    private openKey;
    /** open_ids differ per app, as on Feishu. */
    openId(appId: string, index: number): string;
    email(index: number): string;
    dingtalkUserId(index: number): string;
    idOf(type: UserIdType, appId: string, index: number): string;
    private inRange;
    indexOfUserId(id: string): number | undefined;
    indexOfUnionId(id: string): number | undefined;
    indexOfOpenId(appId: string, id: string): number | undefined;
    indexOfEmail(email: string): number | undefined;
    indexOfDingtalkUserId(id: string): number | undefined;
    indexOf(type: UserIdType | "email", appId: string, id: string): number | undefined;
    /** By department_id or open_department_id. */
    departmentById(id: string): Department | undefined;
    departmentByDingtalkId(id: number): Department | undefined;
    /** Every user, as an interval set (the root department). */
    everyone(): IntervalSet;
    chat(chatId: string): Chat | undefined;
    user(index: number, appId: string): DirectoryUser;
}
