// src/lib/ids: the one random-id encoder (base64url, no padding, 128 bits by default).
import { describe, expect, it } from 'vitest';
import { bytesToBase64url, randomId } from '../../src/lib/ids';

describe('ids', () => {
  it('encodes bytes as base64url without padding', () => {
    expect(bytesToBase64url(new Uint8Array([0xfb, 0xff, 0xfe]))).toBe('-__-');
    expect(bytesToBase64url(new Uint8Array([1]))).toBe('AQ');
  });
  it('makes 128-bit ids by default, from the injected source when given', () => {
    expect(randomId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(randomId()).not.toBe(randomId());
    expect(randomId(2, (n) => new Uint8Array(n).fill(255))).toBe('__8');
  });
});
