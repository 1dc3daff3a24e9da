// @digitalbazaar/base45 ships JavaScript without types; these are the two functions it exports.
declare module '@digitalbazaar/base45' {
  export function encode(input: Uint8Array): string;
  export function decode(input: string): Uint8Array;
}
