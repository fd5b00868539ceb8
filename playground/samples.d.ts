/** Written by the build (scripts/playground.mjs): every fixture input file under fixtures/, except fixtures/dates. */
declare module 'embedsift:samples' {
  /** `path` is relative to fixtures/ ('articles/sample-article.txt'). */
  export const samples: readonly { path: string; text: string }[];
}
