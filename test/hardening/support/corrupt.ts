import { PAGE_SIZE } from '../../../src/main/vault/probe';

/**
 * Ways to damage a vault file, each at a random place: one flipped byte, a page of
 * zeros, a page of random bytes, two pages swapped, the file cut at a page boundary.
 * Pure functions over a Buffer, so the test writes exactly what it describes.
 */
export const CORRUPTIONS = ['flip byte', 'zero page', 'random page', 'swap pages', 'truncate'] as const;
export type Corruption = (typeof CORRUPTIONS)[number];

export interface Damaged {
  kind: Corruption;
  /** Where, for the failure message. */
  where: string;
  bytes: Buffer;
}

export function corrupt(original: Buffer, kind: Corruption, random: () => number): Damaged {
  const pages = original.length / PAGE_SIZE;
  // One pick in ten hits page 1 (salt, header, the key check), which every open reads first.
  const page = () => (random() < 0.1 ? 0 : Math.floor(random() * pages));
  const bytes = Buffer.from(original);
  switch (kind) {
    case 'flip byte': {
      const offset = page() * PAGE_SIZE + Math.floor(random() * PAGE_SIZE);
      const mask = 1 + Math.floor(random() * 255);
      bytes[offset] = bytes[offset]! ^ mask;
      return { kind, where: `byte ${offset} (page ${Math.floor(offset / PAGE_SIZE) + 1}) ^ 0x${mask.toString(16)}`, bytes };
    }
    case 'zero page': {
      const p = page();
      bytes.fill(0, p * PAGE_SIZE, (p + 1) * PAGE_SIZE);
      return { kind, where: `page ${p + 1}`, bytes };
    }
    case 'random page': {
      const p = page();
      for (let i = p * PAGE_SIZE; i < (p + 1) * PAGE_SIZE; i++) bytes[i] = Math.floor(random() * 256);
      return { kind, where: `page ${p + 1}`, bytes };
    }
    case 'swap pages': {
      const a = page();
      let b = page();
      if (b === a) b = (a + 1) % pages;
      original.copy(bytes, a * PAGE_SIZE, b * PAGE_SIZE, (b + 1) * PAGE_SIZE);
      original.copy(bytes, b * PAGE_SIZE, a * PAGE_SIZE, (a + 1) * PAGE_SIZE);
      return { kind, where: `pages ${a + 1} and ${b + 1}`, bytes };
    }
    case 'truncate': {
      const keep = Math.floor(random() * pages);
      return { kind, where: `to ${keep} of ${pages} pages`, bytes: bytes.subarray(0, keep * PAGE_SIZE) };
    }
  }
}
