/** The page that holds the playground, as TypeDoc writes the guide docs/playground.md. */
export declare const PAGE: string;
/** The most the script a visit loads before any file is dropped may weigh, gzipped, in bytes. */
export declare const BUDGET: number;
/** Builds the playground into a built docs site; see build.mjs. */
export declare function buildPlayground(site: string): Promise<{ initial: number; budget: number; files: string[] }>;
