export interface paths {
    "/gettoken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the access_token of an internal app
         * @description Exchanges an internal app's appkey and appsecret for an access_token valid for `expires_in` seconds (7200).
         *     Asking again while it is valid returns the same token; after it expires, a new one.
         */
        get: operations["getAccessToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/topapi/message/corpconversation/asyncsend_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a work notification
         * @description Sends a work notification from the app's agent to users, departments (with their sub-departments) or
         *     everyone. Asynchronous: the answer holds the `task_id` to follow with getsendprogress and getsendresult.
         *     List limits disagree between the vendor's pages (userid_list 100 or 5000, dept_id_list 20 or 500); this spec
         *     takes 5000 and 500 (spec/sources/vendor-facts.md). `msg` is at most 2,048 bytes.
         */
        post: operations["asyncSendV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/topapi/message/corpconversation/getsendprogress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the send progress of a work notification
         * @description The progress of an asynchronous send task: `status` 0 not started, 1 in progress, 2 completed, and
         *     `progress_in_percent` from 0 to 100. Only tasks created within the last 24 hours can be queried (the same
         *     document also says 7 days; 24 hours is taken as the contract, configurable in the mock).
         */
        post: operations["getSendProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/topapi/message/corpconversation/getsendresult": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the send result of a work notification
         * @description Who the notification reached: invalid, forbidden (rate-limited), failed, read and unread users. Only tasks
         *     of the last 24 hours. The vendor notes that recipient lists over 100 users time out; the mock answers them.
         */
        post: operations["getSendResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/topapi/message/corpconversation/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recall a work notification
         * @description Recalls a work notification sent within the last 24 hours. The task id field is `msg_task_id` here (not
         *     `task_id`). Recalling an already-recalled task is undocumented; this spec answers errcode 0 again.
         *     A recall stops what was still being sent, as the Feishu batch recall does: nobody more is reached or reads
         *     it, getsendresult lists only those reached before it, and getsendprogress reports the task done (status 2,
         *     100%). DingTalk documents nothing of progress after a recall (weak evidence: the choice follows Feishu's).
         */
        post: operations["recallWorkNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The agent id of the micro app that sends the notification.
         * @example 836390886
         */
        AgentId: number;
        /**
         * @description A send task id, a JSON number (64-bit on the vendor side; below 2^53 so JavaScript keeps it exact).
         * @example 256271667526
         */
        TaskId: number;
        /** @description The request's id. */
        RequestId: string;
        /**
         * @description A failure; `errcode` is one of the operation's `x-error-codes`. Listed as literals (every code of the
         *     catalog), so the generated types tell a success from a failure by `errcode === 0`.
         */
        ErrorResponse: {
            /** @enum {integer} */
            errcode: 40014 | 41001 | 40035 | 88 | -1 | 500 | 40096 | 40089 | 40056 | 400002;
            errmsg: string;
            request_id?: components["schemas"]["RequestId"];
            /** @description With errcode 88, the underlying reason (e.g. "40014"). */
            sub_code?: string;
            sub_msg?: string;
        };
        GetTokenResponse: {
            /** @constant */
            errcode: 0;
            errmsg: string;
            access_token: string;
            /** @description Seconds the token stays valid. */
            expires_in: number;
        };
        /**
         * @description The notification, at most 2,048 bytes; one message type per call, with its content under the key named
         *     by `msgtype` (e.g. `{"msgtype":"text","text":{"content":"…"}}`).
         */
        NotificationMessage: {
            /** @enum {string} */
            msgtype: "text" | "image" | "voice" | "file" | "link" | "oa" | "markdown" | "action_card";
            text?: {
                content: string;
            };
        };
        /**
         * @description Recipients: `userid_list`, `dept_id_list`, or `to_all_user: true`; when to_all_user is false one of the
         *     lists is needed.
         */
        AsyncSendRequest: {
            agent_id: components["schemas"]["AgentId"];
            /**
             * @description Comma-separated user ids, at most 5000 (the current page says 100).
             * @example user123,user456
             */
            userid_list?: string;
            /**
             * @description Comma-separated department ids, at most 500 (the current page says 20); sub-departments included.
             * @example 123,345
             */
            dept_id_list?: string;
            /**
             * @description Send to everyone in the organisation.
             * @default false
             */
            to_all_user?: boolean;
            msg: components["schemas"]["NotificationMessage"];
        };
        AsyncSendResponse: {
            /** @constant */
            errcode: 0;
            errmsg?: string;
            task_id: components["schemas"]["TaskId"];
            request_id?: components["schemas"]["RequestId"];
        };
        TaskRequest: {
            agent_id: components["schemas"]["AgentId"];
            task_id: components["schemas"]["TaskId"];
        };
        GetSendProgressResponse: {
            /** @constant */
            errcode: 0;
            errmsg: string;
            progress: {
                /** @description The processing percentage, 0 to 100. */
                progress_in_percent: number;
                /**
                 * @description 0 not started, 1 in progress, 2 completed.
                 * @enum {integer}
                 */
                status: 0 | 1 | 2;
            };
            request_id?: components["schemas"]["RequestId"];
        };
        GetSendResultResponse: {
            /** @constant */
            errcode: 0;
            errmsg?: string;
            send_result: {
                invalid_user_id_list: string[];
                /** @description Users not sent to because of the vendor's per-user limits. */
                forbidden_user_id_list?: string[];
                failed_user_id_list: string[];
                read_user_id_list: string[];
                unread_user_id_list: string[];
                invalid_dept_id_list: number[];
                forbidden_list?: {
                    /** @description Why, e.g. "143105" (daily per-user limit) or "143106" (duplicate content). */
                    code?: string;
                    count?: number;
                    userid?: string;
                }[];
            };
            request_id?: components["schemas"]["RequestId"];
        };
        RecallRequest: {
            agent_id: components["schemas"]["AgentId"];
            msg_task_id: components["schemas"]["TaskId"];
        };
        RecallResponse: {
            /** @constant */
            errcode: 0;
            errmsg?: string;
            request_id?: components["schemas"]["RequestId"];
        };
    };
    responses: {
        /**
         * @description Any other status: the gateway or the service failed (HTTP 5xx; answered under load and during incidents,
         *     and injected by the mock's fault API). The body is not specified: JSON or plain text. Clients retry with
         *     backoff. (`default` rather than `5XX`: Specmatic refuses range keys.)
         */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": Record<string, never>;
                "text/plain": string;
            };
        };
        /**
         * @description DingTalk answers every business result with HTTP 200; declared only so each operation lists a client-error
         *     response (a gateway may still answer 4xx).
         */
        NeverAnswered: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccessToken: {
        parameters: {
            query: {
                /**
                 * @description The internal app's Client ID (formerly AppKey). Missing → 40035.
                 * @example dingeqqpkv3xxxxxx
                 */
                appkey: string;
                /**
                 * @description The internal app's Client Secret (formerly AppSecret). Missing → 40035.
                 * @example GT-lsu-taDAxxxsTsxxxx
                 */
                appsecret: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A token, or a failure with a non-zero `errcode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTokenResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            400: components["responses"]["NeverAnswered"];
            default: components["responses"]["ServerError"];
        };
    };
    asyncSendV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AsyncSendRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AsyncSendRequest"];
            };
        };
        responses: {
            /** @description The task was created, or a failure with a non-zero `errcode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncSendResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            400: components["responses"]["NeverAnswered"];
            default: components["responses"]["ServerError"];
        };
    };
    getSendProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TaskRequest"];
            };
        };
        responses: {
            /** @description The task's progress, or a failure with a non-zero `errcode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSendProgressResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            400: components["responses"]["NeverAnswered"];
            default: components["responses"]["ServerError"];
        };
    };
    getSendResult: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TaskRequest"];
            };
        };
        responses: {
            /** @description The task's result, or a failure with a non-zero `errcode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSendResultResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            400: components["responses"]["NeverAnswered"];
            default: components["responses"]["ServerError"];
        };
    };
    recallWorkNotification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecallRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RecallRequest"];
            };
        };
        responses: {
            /** @description Recalled, or a failure with a non-zero `errcode`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecallResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            400: components["responses"]["NeverAnswered"];
            default: components["responses"]["ServerError"];
        };
    };
}
