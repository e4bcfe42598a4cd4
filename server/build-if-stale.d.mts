// Types for build-if-stale.mjs, which stays plain JavaScript so node can run it before anything is compiled.
export declare const CLIENT_DIR: string;
export declare const SERVER_BUNDLE: string;
export declare const SERVER_METAFILE: string;
export declare function clientIsStale(root: string): boolean;
export declare function serverIsStale(root: string): boolean;
export declare function buildClient(root: string, viteArguments?: string[]): Promise<void>;
export declare function buildServer(root: string): Promise<void>;
export declare function buildIfStale(root: string, log: (line: string) => void): Promise<void>;
