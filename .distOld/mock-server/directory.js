import { faker as enFaker } from "@faker-js/faker/locale/en";
import { faker as zhFaker } from "@faker-js/faker/locale/zh_CN";
import { normalize } from "./intervals.js";
import { hash32, hex8, hex24, hexOf, scramble32, unscramble32 } from "./random.js";
// The small, named part of the organisation; the large department follows it.
const SMALL_DEPARTMENTS = [
    { key: "product", name: "Product", size: 20 },
    { key: "sales", name: "Sales", size: 20 },
    { key: "support", name: "Support", size: 12 },
    { key: "contractors", name: "Contractors", size: 8 },
];
const SMALL_USERS = SMALL_DEPARTMENTS.reduce((n, d) => n + d.size, 0);
function newFaker(shared) {
    const FakerClass = shared.constructor;
    return new FakerClass({ locale: shared.rawDefinitions });
}
const ROOT_DEPARTMENT_ID = "0";
export const DINGTALK_ROOT_DEPT_ID = 1;
export class Directory {
    seed;
    /** Number of users. */
    size;
    departments;
    chats;
    /** Users who count as valid recipients but are outside the bot's contact scope, so never receive batches. */
    invisibleToBot;
    tenantKey;
    keys;
    /** Per app: the key of its open_ids (open_ids differ per app), computed once. */
    openKeys = new Map();
    // Own generators, seeded per user. (The per-locale modules export only shared instances; their class makes new
    // ones from the same definitions. The package root would load every locale: some 40 MB more at idle.)
    zh = newFaker(zhFaker);
    en = newFaker(enFaker);
    constructor(options) {
        const { seed } = options;
        const large = Math.max(1, Math.floor(options.largeDepartmentSize));
        this.seed = seed;
        this.size = SMALL_USERS + large;
        this.tenantKey = hexOf(16, seed, "tenant");
        this.keys = {
            userId: hash32(seed, "user_id"),
            union: hash32(seed, "union_id"),
            unionBody: hash32(seed, "union"),
            dingtalk: hash32(seed, "dingtalk"),
        };
        const departments = [];
        let start = 0;
        SMALL_DEPARTMENTS.forEach(({ key, name, size }, i) => {
            departments.push(this.department(key, name, ROOT_DEPARTMENT_ID, 100001 + i * 10, [start, start + size]));
            start += size;
        });
        // A sub-department: the last 8 of Product. Sending to "product" reaches them too.
        departments.push(this.department("design", "Design", "product", 100002, [12, 20]));
        departments.push(this.department("engineering", "Engineering", ROOT_DEPARTMENT_ID, 100091, [start, this.size]));
        this.departments = departments;
        const invisibleTail = Math.max(1, Math.ceil(large / 50));
        this.invisibleToBot = normalize([
            [18, 20],
            [38, 40],
            [this.size - invisibleTail, this.size],
        ]);
        this.chats = [
            { chat_id: this.chatId("product"), name: "Product team", members: this.departmentById("product").members, bots: "*" },
            { chat_id: this.chatId("sales"), name: "Sales floor (no bots)", members: this.departmentById("sales").members, bots: [] },
            {
                chat_id: this.chatId("engineering"),
                name: "Engineering all-hands",
                members: this.departmentById("engineering").members,
                bots: "*",
            },
        ];
    }
    department(key, name, parent, dingtalkId, range) {
        return {
            department_id: key,
            open_department_id: `od-${hexOf(32, this.seed, "department", key)}`,
            dingtalk_dept_id: dingtalkId,
            name,
            parent_department_id: parent,
            members: normalize([range]),
        };
    }
    chatId(key) {
        return `oc_${hexOf(32, this.seed, "chat", key)}`;
    }
    /** The p2p chat between an app's bot and a user. */
    p2pChatId(appId, index) {
        return `oc_${hexOf(32, this.seed, "p2p", appId, index)}`;
    }
    // ---- ids of user i, and back ----
    userId(index) {
        return hex8(scramble32(index, this.keys.userId));
    }
    unionId(index) {
        return `on_${hex24(this.keys.unionBody, index)}${hex8(scramble32(index, this.keys.union))}`;
    }
    openKey(appId) {
        let key = this.openKeys.get(appId);
        if (key === undefined) {
            key = hash32(this.seed, "open", appId);
            if (this.openKeys.size > 1000)
                this.openKeys.clear(); // app ids come from outside: keep the cache bounded
            this.openKeys.set(appId, key);
        }
        return key;
    }
    /** open_ids differ per app, as on Feishu. */
    openId(appId, index) {
        const key = this.openKey(appId);
        return `ou_${hex24(key ^ 0x5bd1e995, index)}${hex8(scramble32(index, key))}`;
    }
    email(index) {
        return `user.${this.userId(index)}@example.com`;
    }
    dingtalkUserId(index) {
        return `user${hex8(scramble32(index, this.keys.dingtalk))}`;
    }
    idOf(type, appId, index) {
        if (type === "open_id")
            return this.openId(appId, index);
        if (type === "union_id")
            return this.unionId(index);
        return this.userId(index);
    }
    inRange(index) {
        return index < this.size ? index : undefined;
    }
    indexOfUserId(id) {
        if (!/^[0-9a-f]{8}$/.test(id))
            return undefined;
        return this.inRange(unscramble32(Number.parseInt(id, 16), this.keys.userId));
    }
    indexOfUnionId(id) {
        const m = /^on_[0-9a-f]{24}([0-9a-f]{8})$/.exec(id);
        const index = m && this.inRange(unscramble32(Number.parseInt(m[1], 16), this.keys.union));
        return index !== undefined && index !== null && this.unionId(index) === id ? index : undefined;
    }
    indexOfOpenId(appId, id) {
        const m = /^ou_[0-9a-f]{24}([0-9a-f]{8})$/.exec(id);
        const index = m && this.inRange(unscramble32(Number.parseInt(m[1], 16), this.openKey(appId)));
        return index !== undefined && index !== null && this.openId(appId, index) === id ? index : undefined;
    }
    indexOfEmail(email) {
        const m = /^user\.([0-9a-f]{8})@example\.com$/.exec(email);
        return m ? this.indexOfUserId(m[1]) : undefined;
    }
    indexOfDingtalkUserId(id) {
        const m = /^user([0-9a-f]{8})$/.exec(id);
        return m ? this.inRange(unscramble32(Number.parseInt(m[1], 16), this.keys.dingtalk)) : undefined;
    }
    indexOf(type, appId, id) {
        if (type === "open_id")
            return this.indexOfOpenId(appId, id);
        if (type === "union_id")
            return this.indexOfUnionId(id);
        if (type === "email")
            return this.indexOfEmail(id);
        return this.indexOfUserId(id);
    }
    // ---- departments and chats ----
    /** By department_id or open_department_id. */
    departmentById(id) {
        return this.departments.find((d) => d.department_id === id || d.open_department_id === id);
    }
    departmentByDingtalkId(id) {
        return this.departments.find((d) => d.dingtalk_dept_id === id);
    }
    /** Every user, as an interval set (the root department). */
    everyone() {
        return [[0, this.size]];
    }
    chat(chatId) {
        return this.chats.find((c) => c.chat_id === chatId);
    }
    user(index, appId) {
        this.zh.seed([this.seed, index]);
        this.en.seed([this.seed, index]);
        return {
            index,
            name: this.zh.person.fullName(),
            en_name: this.en.person.fullName(),
            user_id: this.userId(index),
            union_id: this.unionId(index),
            open_id: this.openId(appId, index),
            email: this.email(index),
            dingtalk_userid: this.dingtalkUserId(index),
            department_ids: this.departments
                .filter((d) => d.members.some(([a, b]) => index >= a && index < b))
                .map((d) => d.department_id),
        };
    }
}
//# sourceMappingURL=directory.js.map