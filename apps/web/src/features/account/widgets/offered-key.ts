// A key created a moment ago, handed to the snippet builder in memory: a secret never goes in a URL.
let offered: string | null = null;

export function offerKeyToBuilder(secret: string): void {
  offered = secret;
}

export function takeOfferedKey(): string | null {
  const secret = offered;
  offered = null;
  return secret;
}
