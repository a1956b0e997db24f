import type { Failure, FailureKind } from '../core/exchange-failure';

/**
 * Carries a {@link Failure} through `throw` inside the transport; the client catches it
 * at one place and turns it back into data.
 */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

export function transportError(kind: FailureKind, message: string, extra: Partial<Failure> = {}): TransportError {
  return new TransportError({ ...extra, kind, message });
}
