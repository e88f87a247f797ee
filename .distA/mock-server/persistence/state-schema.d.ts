export declare const BATCH_SCHEMA: {
    type: string;
    required: string[];
    additionalProperties: boolean;
    properties: {
        id: {
            type: string;
            pattern: string;
        };
        appId: {
            type: string;
        };
        createdAt: {
            type: string;
            minimum: number;
        };
        msgType: {
            type: string;
        };
        valid: {
            type: string;
            minimum: number;
        };
        deliverable: {
            type: string;
            minimum: number;
        };
        timing: {
            type: string;
            required: string[];
            additionalProperties: boolean;
            properties: {
                scheduleDelayMs: {
                    type: string;
                    minimum: number;
                };
                deliveryMs: {
                    type: string;
                    minimum: number;
                };
                readRatio: {
                    type: string;
                    minimum: number;
                    maximum: number;
                };
                readSpreadMs: {
                    type: string;
                    minimum: number;
                };
            };
        };
        sent: {
            type: string;
            required: string[];
            properties: {
                msg_type: {
                    type: string;
                };
                content: {};
                recipients: {
                    type: string;
                };
            };
        };
        recall: {
            type: string;
            required: string[];
            additionalProperties: boolean;
            properties: {
                at: {
                    type: string;
                    minimum: number;
                };
                durationMs: {
                    type: string;
                    minimum: number;
                };
            };
        };
    };
};
export declare const MESSAGE_SCHEMA: {
    type: string;
    required: string[];
    additionalProperties: boolean;
    properties: {
        id: {
            type: string;
            pattern: string;
        };
        appId: {
            type: string;
        };
        chatId: {
            type: string;
        };
        chatType: {
            enum: string[];
        };
        userIndex: {
            type: string;
            minimum: number;
        };
        msgType: {
            type: string;
        };
        content: {
            type: string;
        };
        createdAt: {
            type: string;
            minimum: number;
        };
        recipients: {
            type: string;
            items: {
                type: string;
                items: {
                    type: string;
                    minimum: number;
                };
                minItems: number;
                maxItems: number;
            };
        };
        timing: {
            type: string;
            required: string[];
            additionalProperties: boolean;
            properties: {
                scheduleDelayMs: {
                    type: string;
                    minimum: number;
                };
                deliveryMs: {
                    type: string;
                    minimum: number;
                };
                readRatio: {
                    type: string;
                    minimum: number;
                    maximum: number;
                };
                readSpreadMs: {
                    type: string;
                    minimum: number;
                };
            };
        };
        sent: {
            type: string;
            required: string[];
            properties: {
                msg_type: {
                    type: string;
                };
                content: {};
                recipients: {
                    type: string;
                };
            };
        };
        deletedAt: {
            type: string;
            minimum: number;
        };
    };
};
export declare const TASK_SCHEMA: {
    type: string;
    required: string[];
    additionalProperties: boolean;
    properties: {
        taskId: {
            type: string;
            minimum: number;
        };
        appkey: {
            type: string;
        };
        agentId: {
            type: string;
        };
        createdAt: {
            type: string;
            minimum: number;
        };
        msgType: {
            type: string;
        };
        recipients: {
            type: string;
            items: {
                type: string;
                items: {
                    type: string;
                    minimum: number;
                };
                minItems: number;
                maxItems: number;
            };
        };
        invalidUserIds: {
            type: string;
            items: {
                type: string;
            };
        };
        invalidDeptIds: {
            type: string;
            items: {
                type: string;
            };
        };
        timing: {
            type: string;
            required: string[];
            additionalProperties: boolean;
            properties: {
                scheduleDelayMs: {
                    type: string;
                    minimum: number;
                };
                deliveryMs: {
                    type: string;
                    minimum: number;
                };
                readRatio: {
                    type: string;
                    minimum: number;
                    maximum: number;
                };
                readSpreadMs: {
                    type: string;
                    minimum: number;
                };
            };
        };
        sent: {
            type: string;
            required: string[];
            properties: {
                msg_type: {
                    type: string;
                };
                content: {};
                recipients: {
                    type: string;
                };
            };
        };
        recalledAt: {
            type: string;
            minimum: number;
        };
    };
};
export declare const HEADER_SCHEMA: {
    type: string;
    required: string[];
    properties: {
        format: {
            type: string;
        };
        generation: {
            type: string;
            minimum: number;
        };
        directory: {
            type: string;
            required: string[];
            properties: {
                seed: {
                    type: string;
                };
                large_department_size: {
                    type: string;
                    minimum: number;
                };
            };
        };
        small: {
            type: string;
            required: string[];
            properties: {
                saved_at: {
                    type: string;
                    minimum: number;
                };
                clock: {
                    type: string;
                    required: string[];
                    properties: {
                        now: {
                            type: string;
                            minimum: number;
                        };
                        scale: {
                            type: string;
                            exclusiveMinimum: number;
                            maximum: number;
                        };
                        frozen: {
                            type: string;
                        };
                    };
                };
                feishu_apps: {
                    type: string;
                    items: {
                        required: string[];
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            app_id: {
                                type: string;
                                pattern: string;
                            };
                            app_secret: {
                                type: string;
                                minLength: number;
                            };
                            name: {
                                type: string;
                            };
                            bot: {
                                type: string;
                            };
                            scopes: {
                                type: string;
                                items: {
                                    type: string;
                                };
                            };
                            unavailable: {
                                type: string;
                                items: {
                                    type: string;
                                };
                            };
                        };
                    };
                };
                dingtalk_apps: {
                    type: string;
                    items: {
                        required: string[];
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            appkey: {
                                type: string;
                                minLength: number;
                            };
                            appsecret: {
                                type: string;
                                minLength: number;
                            };
                            agent_id: {
                                type: string;
                                minimum: number;
                            };
                            name: {
                                type: string;
                            };
                        };
                    };
                };
                chat_bots: {
                    type: string;
                    items: {
                        type: string;
                        items: object[];
                        minItems: number;
                        maxItems: number;
                    };
                };
                feishu_tokens: {
                    type: string;
                    items: {
                        type: string;
                        required: string[];
                        additionalProperties: boolean;
                        properties: {
                            token: {
                                type: string;
                                minLength: number;
                            };
                            appId: {
                                type: string;
                            };
                            issuedAt: {
                                type: string;
                                minimum: number;
                            };
                            expiresAt: {
                                type: string;
                                minimum: number;
                            };
                            issuedAtWall: {
                                type: string;
                                minimum: number;
                            };
                            expiresAtWall: {
                                type: string;
                                minimum: number;
                            };
                            expiredBy: {
                                enum: string[];
                            };
                        };
                    };
                };
                dingtalk_tokens: {
                    type: string;
                    items: {
                        type: string;
                        required: string[];
                        additionalProperties: boolean;
                        properties: {
                            token: {
                                type: string;
                                minLength: number;
                            };
                            appId: {
                                type: string;
                            };
                            issuedAt: {
                                type: string;
                                minimum: number;
                            };
                            expiresAt: {
                                type: string;
                                minimum: number;
                            };
                            issuedAtWall: {
                                type: string;
                                minimum: number;
                            };
                            expiresAtWall: {
                                type: string;
                                minimum: number;
                            };
                            expiredBy: {
                                enum: string[];
                            };
                        };
                    };
                };
                daily_batch_recipients: {
                    type: string;
                    items: {
                        type: string;
                        items: object[];
                        minItems: number;
                        maxItems: number;
                    };
                };
                sequences: {
                    type: string;
                    items: {
                        type: string;
                        items: object[];
                        minItems: number;
                        maxItems: number;
                    };
                };
            };
        };
    };
};
/** Throws, naming where and what, unless `value` is a valid line of that kind. */
export declare function checkLine(kind: "header" | "record" | "journal" | "legacy", value: unknown, where: string): void;
export declare class StateFileError extends Error {
}
