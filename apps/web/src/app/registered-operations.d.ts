/** Operation name → sha256 of its registered document; null in the development server. */
declare module 'virtual:registered-operations' {
  const hashes: Record<string, string> | null;
  export default hashes;
}
