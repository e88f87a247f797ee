export interface paths {
    "/open-apis/auth/v3/tenant_access_token/internal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a tenant access token (custom app)
         * @description Exchanges a custom app's `app_id` and `app_secret` for a tenant access token, valid for `expire` seconds
         *     (at most two hours). Asking again while 30 minutes or more remain returns the same token; with less,
         *     a new one (both stay valid). The fields are at the top level, not under `data`. Failures are HTTP 200
         *     with a non-zero `code`.
         */
        post: operations["createTenantAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/message/v4/batch_send/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message to many users or departments
         * @description Sends one message to up to 200 each of departments, open_ids, user_ids and union_ids (departments include
         *     their sub-departments). Asynchronous: the answer holds the batch id (`bm-…`) and the ids that were not valid;
         *     delivery happens later and is seen through get_progress and read_user. Only users can be addressed, not
         *     chats. An app may send at most 500,000 messages a day this way (11247). The SDKs have no method for it:
         *     the official Node SDK calls it with `client.request`.
         *     Errors are answered with HTTP 200 and a non-zero `code` (the official pages); a mirror of the page lists 400
         *     (configurable in the mock).
         */
        post: operations["batchSendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message to a user or a chat
         * @description Sends one message as the app's bot to a user (by open_id, union_id, user_id or email) or to a chat
         *     (chat_id). `content` is a JSON **string**. The answer is the created message (`om_…`).
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/messages/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Recall a message
         * @description Recalls a message the app's bot sent, within the recall window set by the tenant admin (default 24 hours).
         *     The bot must still be in the chat. Messages of a batch send cannot be recalled this way (recall the batch).
         *     Once recalled, the message's read receipts answer 230110.
         */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/batch_messages/{batch_message_id}/get_progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the overall progress of a batch message
         * @description Send and recall progress of a batch sent with `POST /open-apis/message/v4/batch_send/`. The answer is a
         *     snapshot at query time. Only batches sent in the last 30 days can be queried.
         *     `valid_user_ids_count` is 0 until the asynchronous send job is scheduled (or when no recipient was valid);
         *     `success_user_ids_count` may end below it because valid users invisible to the bot are counted as valid.
         */
        get: operations["getBatchMessageProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/batch_messages/{batch_message_id}/read_user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the push and read counts of a batch message
         * @description How many users the batch was pushed to and how many have read it. Both counts are **strings**.
         *     A snapshot at query time; only batches sent in the last 30 days can be queried. The app needs its bot ability
         *     (the document's prerequisite), but the document lists no 230006 for this operation, so none is answered.
         */
        get: operations["getBatchMessageReadUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/batch_messages/{batch_message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Recall a batch message
         * @description Recalls every message of a batch sent with batch send. Asynchronous: the answer comes at once and
         *     `get_progress` then shows `recall: true` and a `recall_count` rising to the number delivered.
         *     Only the app that sent the batch may recall it (230026), within the recall window set by the tenant
         *     admin (230009, default one day). A batch older than the 30-day query window is not found (230030, the
         *     choice made here: the document does not say). Recalling an already-recalled batch is unconfirmed; this
         *     spec answers code 0 again and leaves the recall progress unchanged.
         */
        delete: operations["deleteBatchMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-apis/im/v1/messages/{message_id}/read_users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query who has read a message
         * @description Pages through the users who have read a message the app's bot sent in the last 7 days (unread users are
         *     not returned). The bot must be in the message's chat. One message per request.
         */
        get: operations["listMessageReadUsers"];
        put?: never;
        post?: never;
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
        TenantAccessTokenRequest: {
            /** @description The app's unique id (`cli_…`). */
            app_id: string;
            /** @description The app's secret. */
            app_secret: string;
        };
        TenantAccessTokenResponse: {
            /** @constant */
            code: 0;
            msg: string;
            /** @description The tenant access token (`t-…`). */
            tenant_access_token: string;
            /** @description Seconds until the token expires. */
            expire: number;
        };
        /**
         * @description At least one of `department_ids`, `open_ids`, `user_ids`, `union_ids`. `content` (an object, not a string)
         *     for every msg_type but `interactive`, which takes `card`. Text up to 150 KB, post and card up to 30 KB.
         */
        BatchSendRequest: {
            /** @enum {string} */
            msg_type: "text" | "image" | "post" | "share_chat" | "interactive";
            /** @description The message content as a JSON object (e.g. `{"text":"…"}`), not escaped into a string. */
            content?: {
                [key: string]: unknown;
            };
            /** @description The card JSON (or a card template reference), for `msg_type` interactive only. */
            card?: {
                [key: string]: unknown;
            };
            /** @description department_id or open_department_id; sub-departments included; the root department `0` is refused. */
            department_ids?: string[];
            open_ids?: string[];
            user_ids?: string[];
            union_ids?: string[];
        } & unknown & unknown & unknown & unknown & unknown;
        BatchSendResponse: {
            /** @constant */
            code: 0;
            msg: string;
            data: {
                /** @description The batch id, `bm-` followed by 32 hex characters (single messages use `om_`). */
                message_id: string;
                invalid_department_ids: string[];
                invalid_open_ids: string[];
                invalid_user_ids: string[];
                invalid_union_ids: string[];
            };
        };
        CreateMessageRequest: {
            /** @description The receiver, of the type named by `receive_id_type`. */
            receive_id: string;
            /** @enum {string} */
            msg_type: "text" | "post" | "image" | "file" | "audio" | "media" | "sticker" | "interactive" | "share_chat" | "share_user" | "system";
            /**
             * @description The message content: a JSON object serialised to a string (e.g. `{"text":"hi"}`), of the form the
             *     `msg_type` calls for (its `contentSchema` below). The endpoint parses it: anything else is 230001.
             */
            content: string;
            /** @description Deduplication key; requests with the same uuid send at most one message per hour. */
            uuid?: string;
        } & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown & unknown;
        CreateMessageResponse: {
            /** @constant */
            code: 0;
            msg: string;
            data: components["schemas"]["Message"];
        };
        Message: {
            message_id: components["schemas"]["MessageId"];
            /** @description The root message of a reply thread (replies only). */
            root_id?: string;
            /** @description The message replied to (replies only). */
            parent_id?: string;
            /** @description The topic the message belongs to (topics only). */
            thread_id?: string;
            msg_type: string;
            /** @description Millisecond timestamp string. */
            create_time: string;
            /** @description Millisecond timestamp string. */
            update_time: string;
            /** @description Always false when the message is just sent. */
            deleted: boolean;
            /** @description Always false when the message is just sent. */
            updated: boolean;
            chat_id: string;
            sender: {
                id: string;
                /** @enum {string} */
                id_type: "open_id" | "app_id";
                /** @enum {string} */
                sender_type: "user" | "app" | "anonymous" | "unknown";
                tenant_key: string;
            };
            body: {
                content: string;
            };
            mentions?: {
                key?: string;
                id?: string;
                id_type?: string;
                name?: string;
                tenant_key?: string;
            }[];
            /** @description The merge-forwarded message this one belongs to (merge-forward only). */
            upper_message_id?: string;
        };
        /**
         * @description `bm-` followed by 32 hex characters. One document example shows `bm_`, which is tolerated.
         * @example bm-0b3d5d1b2df7c6d5dbd1abe2c91e2217
         */
        BatchMessageId: string;
        /**
         * @description A message id in either of its two forms: `om_x100b` followed by 27 hex characters, as the live service
         *     issues them today (e.g. `om_x100b48d4bdc9a8ac0f1349b6ad8d477`, seen in public logs of live im/v1 answers,
         *     2025–2026), or the classic `om_` followed by 32 hex characters of the documents and older messages.
         * @example om_x100b48d4bdc9a8ac0f1349b6ad8d477
         * @example om_dc13264520392913993dd051dba21dcf
         */
        MessageId: string;
        Count: number;
        /** @description A non-negative decimal count sent as a string. */
        CountString: string;
        /**
         * @description Every Feishu error: a non-zero `code` from the operation's `x-error-codes` and its `msg`. Newer APIs add
         *     `error.log_id` (and a troubleshooting link).
         */
        ErrorResponse: {
            code: number;
            msg: string;
            data?: Record<string, never>;
            error?: {
                log_id: string;
                /** @description The gateway's errors repeat `msg` here. */
                message?: string;
                troubleshooter?: string;
                /** @description With 99991672, the scopes of which the app needs one. */
                permission_violations?: {
                    /** @example action_scope_required */
                    type?: string;
                    /** @description A scope, e.g. `im:message:readonly`. */
                    subject: string;
                    description?: string;
                }[];
                /** @description With 99992402, each field that failed and why. */
                field_violations?: {
                    field: string;
                    description: string;
                    value?: string;
                }[];
            };
        };
        GetProgressResponse: {
            /** @constant */
            code: 0;
            msg: string;
            data: {
                /** @description The send progress of the batch. */
                batch_message_send_progress: {
                    /**
                     * @description Valid users in the request, including users outside the bot's contact scope. 0 while the
                     *     asynchronous job is not yet scheduled, or when no id named a valid user.
                     */
                    valid_user_ids_count: components["schemas"]["Count"];
                    /** @description Users the message was delivered to; may end below `valid_user_ids_count`. */
                    success_user_ids_count: components["schemas"]["Count"];
                    /** @description Users who have read the message. */
                    read_user_ids_count: components["schemas"]["Count"];
                };
                /** @description The recall progress of the batch. */
                batch_message_recall_progress: {
                    /** @description Whether the batch has been recalled. */
                    recall: boolean;
                    /** @description Messages recalled so far. */
                    recall_count: components["schemas"]["Count"];
                };
            };
        };
        ReadUserResponse: {
            /** @constant */
            code: 0;
            msg: string;
            data: {
                /** @description Push and read counts of the batch. */
                read_user: {
                    /** @description Users who have read it (a string). */
                    read_count: components["schemas"]["CountString"];
                    /** @description Users it was pushed to (a string). */
                    total_count: components["schemas"]["CountString"];
                };
            };
        };
        EmptyDataResponse: {
            /** @constant */
            code: 0;
            msg: string;
            data?: Record<string, never>;
        };
        ReadUsersResponse: {
            /** @constant */
            code: 0;
            msg: string;
            data: {
                items: components["schemas"]["ReadUser"][];
                /** @description Whether more items follow. */
                has_more: boolean;
                /**
                 * @description The mark of the next page, present when `has_more` is true. On the last page the document says it
                 *     is not returned (否则不返回 page_token); some Feishu list APIs send `"page_token": ""` there instead
                 *     (spec/sources/vendor-facts.md, live behaviour), which this spec accepts. The mock omits it.
                 */
                page_token?: string;
            };
        };
        ReadUser: {
            /**
             * @description The id type of `user_id`, as asked with the `user_id_type` query parameter.
             * @enum {string}
             */
            user_id_type: "open_id" | "union_id" | "user_id";
            /** @description The reader's id in `user_id_type`. */
            user_id: string;
            /** @description When the user read the message, a millisecond timestamp string. */
            timestamp: string;
            /** @description The tenant's unique key. */
            tenant_key: string;
        };
    };
    responses: {
        /**
         * @description Any other status: the gateway or the service failed (HTTP 5xx; the live gateways answer them under load and
         *     during incidents, and the mock's fault API injects them). The body is not specified: JSON or plain text.
         *     Clients retry with backoff. (`default` rather than `5XX`: Specmatic refuses range keys.)
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
        /** @description Over the frequency limit (`x-rate-limit`). HTTP 429 by default; some IM APIs answer 400 with the same body. */
        RateLimited: {
            headers: {
                "X-Tt-Logid": components["headers"]["XTtLogid"];
                "x-ogw-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ogw-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description An error of get_progress (every code of `x-error-codes` answered with HTTP 400). */
        GetProgressError: {
            headers: {
                "X-Tt-Logid": components["headers"]["XTtLogid"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description An error of read_user. */
        ReadUserError: {
            headers: {
                "X-Tt-Logid": components["headers"]["XTtLogid"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description An error of batch recall. */
        RecallError: {
            headers: {
                "X-Tt-Logid": components["headers"]["XTtLogid"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description An error of read_users. */
        ReadUsersError: {
            headers: {
                "X-Tt-Logid": components["headers"]["XTtLogid"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description The batch to query: the `message_id` returned by batch send, identifying one batch send request. */
        BatchMessageId: components["schemas"]["BatchMessageId"];
        /**
         * @description Which id the `user_id` of each item is given in. Required: seed 004 marks it 是 (required) and the official
         *     SDK's generated types require it (the document also names `open_id` as a default, which a required parameter
         *     never uses). Missing or not one of these → 99992402 from the gateway (live), 230001 in the documents' reading.
         *     `user_id` needs the field scope `contact:user.employee_id:readonly` (x-field-scopes).
         * @example open_id
         */
        UserIdType: "open_id" | "union_id" | "user_id";
    };
    requestBodies: {
        /** @description No body is defined. The official Node SDK sends `{}` (Content-Length 2) on GET and DELETE; it is accepted. */
        SdkEmptyBody: {
            content: {
                /** @example {} */
                "application/json": Record<string, never>;
            };
        };
    };
    headers: {
        /** @description The request's log id, on every Feishu response; quote it to Feishu support. */
        XTtLogid: string;
        /** @description The limit of the window that was exceeded (requests). */
        RateLimitLimit: number;
        /** @description Seconds until the exceeded window resets. */
        RateLimitReset: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createTenantAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantAccessTokenRequest"];
            };
        };
        responses: {
            /** @description A token, or a failure with a non-zero `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["XTtLogid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantAccessTokenResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not answered by the service; declared so the operation lists a client-error response. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            default: components["responses"]["ServerError"];
        };
    };
    batchSendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchSendRequest"];
            };
        };
        responses: {
            /** @description The batch was accepted (code 0), or refused with a non-zero `code`. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["XTtLogid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchSendResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description Token errors (99991661, 99991663); the batch send codes too when the mock is configured to answer them
             *     with 400.
             */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["XTtLogid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["ServerError"];
        };
    };
    createMessage: {
        parameters: {
            query: {
                /**
                 * @description The type of `receive_id`. Checked by the gateway: missing or not one of these → 99992402 with
                 *     `{"field":"receive_id_type","description":"receive_id_type is required"}` (public logs of live answers).
                 */
                receive_id_type: "open_id" | "union_id" | "user_id" | "email" | "chat_id";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Its shape (required fields, types, lengths) is checked by the gateway (99992402, live); what `content` says
         *     is the endpoint's to judge (230001): it must be the JSON object `msg_type` calls for (CreateMessageRequest).
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMessageRequest"];
            };
        };
        responses: {
            /** @description The message was sent. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["XTtLogid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMessageResponse"];
                };
            };
            /** @description An error of message send. */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["XTtLogid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The message to recall (`om_…`).
                 * @example om_dc13264520392913993dd051dba21dcf
                 */
                message_id: components["schemas"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["SdkEmptyBody"];
        responses: {
            /** @description Recalled. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["XTtLogid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyDataResponse"];
                };
            };
            /** @description An error of message recall. */
            400: {
                headers: {
                    "X-Tt-Logid": components["headers"]["XTtLogid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["ServerError"];
        };
    };
    getBatchMessageProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The batch to query: the `message_id` returned by batch send, identifying one batch send request. */
                batch_message_id: components["parameters"]["BatchMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch's send and recall progress. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["XTtLogid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetProgressResponse"];
                };
            };
            400: components["responses"]["GetProgressError"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["ServerError"];
        };
    };
    getBatchMessageReadUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The batch to query: the `message_id` returned by batch send, identifying one batch send request. */
                batch_message_id: components["parameters"]["BatchMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Push and read counts, as decimal strings. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["XTtLogid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadUserResponse"];
                };
            };
            400: components["responses"]["ReadUserError"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteBatchMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The batch to recall: the `message_id` returned by batch send.
                 * @example bm-dc13264520392913993dd051dba21dcf
                 */
                batch_message_id: components["schemas"]["BatchMessageId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["SdkEmptyBody"];
        responses: {
            /** @description The recall has started. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["XTtLogid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyDataResponse"];
                };
            };
            400: components["responses"]["RecallError"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["ServerError"];
        };
    };
    listMessageReadUsers: {
        parameters: {
            query: {
                /**
                 * @description Which id the `user_id` of each item is given in. Required: seed 004 marks it 是 (required) and the official
                 *     SDK's generated types require it (the document also names `open_id` as a default, which a required parameter
                 *     never uses). Missing or not one of these → 99992402 from the gateway (live), 230001 in the documents' reading.
                 *     `user_id` needs the field scope `contact:user.employee_id:readonly` (x-field-scopes).
                 * @example open_id
                 */
                user_id_type: components["parameters"]["UserIdType"];
                /**
                 * @description Items per page, 1 to 100. The document gives no default; 20 (the im/v1 paging default) is assumed.
                 *     Checked by the gateway (live): out of range or not an integer → 99992402 naming `page_size`.
                 * @example 20
                 */
                page_size?: number;
                /**
                 * @description Opaque paging mark: absent on the first request; the previous page's `page_token` afterwards.
                 * @example GxmvlNRvP0NdQZpa7yIqf_Lv_QuBwTQ8tXkX7w-irAghVD_TvuYd1aoJ1LQph86O-XImC4X9j9FhUPhXQDvtrQ==
                 */
                page_token?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The message to query (`om_…`), as returned by message send.
                 * @example om_dc13264520392913993dd051dba21dcf
                 */
                message_id: components["schemas"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["SdkEmptyBody"];
        responses: {
            /** @description One page of readers. */
            200: {
                headers: {
                    "X-Tt-Logid": components["headers"]["XTtLogid"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadUsersResponse"];
                };
            };
            400: components["responses"]["ReadUsersError"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["ServerError"];
        };
    };
}
