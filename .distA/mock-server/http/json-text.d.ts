export declare class JsonText {
    readonly text: string;
    private parsed;
    constructor(text: string);
    get value(): unknown;
}
