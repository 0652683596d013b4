/** The API base URL, set by the build (esbuild's `define`). */
declare const SIP_API: string;
