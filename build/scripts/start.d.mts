/** Types of build/scripts/start.mjs for the tests that import it. */
export type FallbackReason = 'requested' | 'no-display' | 'native-module' | 'no-binary';
export declare const FALLBACK_MESSAGES: Readonly<Record<FallbackReason, string>>;
export interface StartFacts {
  platform: string;
  env: Record<string, string | undefined>;
  sqliteMajor: number | null;
  hasBinary: boolean;
  installFailed: boolean;
}
export type StartDecision = { mode: 'electron' } | { mode: 'install' } | { mode: 'browser'; reason: FallbackReason };
export declare function decideStart(facts: StartFacts): StartDecision;
export declare function betterSqliteMajor(root: string): number | null;
export declare function electronBinaryPath(root: string, env: Record<string, string | undefined>): string | null;
