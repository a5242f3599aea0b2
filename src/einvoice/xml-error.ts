// Why an XML file could not be read; the message is written for the person using the app.
export type XmlErrorKind = 'unsafe' | 'malformed' | 'too-large' | 'too-deep' | 'encoding';

export class XmlParseError extends Error {
  constructor(
    readonly kind: XmlErrorKind,
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'XmlParseError';
  }
}
