// Figure: decode throughput of our one parser against jwt-decode 4 and jose's decodeJwt (+ decodeProtectedHeader)
// on the same tokens, and against the floor (base64url → TextDecoder → JSON.parse of header and payload).
// Budgets (issue 7): ≥ 1.0× jwt-decode's speed, ≤ 1.3× the floor's time. Runs in Node.
import { jwtDecode } from 'jwt-decode';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { decodeToken } from '../../src/lib/jwt';
import { timeInterleaved, round, type Figure } from '../harness';
import { SMALL, MANAGEMENT_FULL, LARGE_64K } from '../tokens';

const utf8 = new TextDecoder();
function floor(token: string) {
  const [h, p] = token.split('.');
  return [JSON.parse(utf8.decode(Buffer.from(h!, 'base64url'))), JSON.parse(utf8.decode(Buffer.from(p!, 'base64url')))];
}

export function decodeFigures(): Figure[] {
  const figures: Figure[] = [];
  for (const [label, token] of [['300 B', SMALL], ['10 KB', MANAGEMENT_FULL], ['64 KB', LARGE_64K]] as const) {
    const ok = decodeToken(token);
    if (!ok.ok) throw new Error(`bench token ${label} does not decode: ${ok.error.message}`);
    const t = timeInterleaved({
      ours: () => decodeToken(token),
      jwtDecode: () => [jwtDecode(token, { header: true }), jwtDecode(token)],
      jose: () => [decodeProtectedHeader(token), decodeJwt(token)],
      floor: () => floor(token),
    });
    const kb = `${(token.length / 1024).toFixed(1)} KB`;
    const speedVsJwtDecode = t.jwtDecode! / t.ours!;
    figures.push({
      name: `decode ${label} (${kb}): speed vs jwt-decode`,
      ours: round(t.ours!),
      reference: round(t.jwtDecode!),
      ratio: round(speedVsJwtDecode),
      budget: '≥ 1.0×',
      unit: 'µs/token',
      pass: speedVsJwtDecode >= 1.0,
      note: `jose decodeJwt: ${round(t.jose!)} µs (ours is ${round(t.jose! / t.ours!)}× its speed)`,
    });
    const vsFloor = t.ours! / t.floor!;
    figures.push({
      name: `decode ${label}: time vs floor (base64url→TextDecoder→JSON.parse)`,
      ours: round(t.ours!),
      reference: round(t.floor!),
      ratio: round(vsFloor),
      budget: '≤ 1.3×',
      unit: 'µs/token',
      pass: vsFloor <= 1.3,
    });
  }
  return figures;
}
