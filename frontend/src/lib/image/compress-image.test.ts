import { describe, expect, it } from 'vitest';
import { compressImage, compressionPlan, fitWithin, jpegName } from './compress-image';

describe('fitWithin', () => {
  it('scales the longer side down to the limit and keeps the aspect ratio', () => {
    expect(fitWithin({ width: 4032, height: 3024 }, 2048)).toEqual({ width: 2048, height: 1536 });
    expect(fitWithin({ width: 3024, height: 4032 }, 2048)).toEqual({ width: 1536, height: 2048 });
    expect(fitWithin({ width: 3000, height: 1000 }, 1000)).toEqual({ width: 1000, height: 333 });
  });

  it('never enlarges a small image nor rounds a side to zero', () => {
    expect(fitWithin({ width: 800, height: 600 }, 2048)).toEqual({ width: 800, height: 600 });
    expect(fitWithin({ width: 10000, height: 1 }, 1000)).toEqual({ width: 1000, height: 1 });
  });
});

describe('compressionPlan', () => {
  it('tries lower quality first, then smaller sizes, never below the minimum side', () => {
    const plan = compressionPlan();
    expect(plan.slice(0, 4)).toEqual([
      { maxSide: 2048, quality: 0.85 },
      { maxSide: 2048, quality: 0.7 },
      { maxSide: 2048, quality: 0.55 },
      { maxSide: 1536, quality: 0.85 },
    ]);
    const sides = [...new Set(plan.map((attempt) => attempt.maxSide))];
    expect(sides).toEqual([2048, 1536, 1152, 864, 648, 486]);
    expect(Math.min(...sides)).toBeGreaterThanOrEqual(480);
  });
});

describe('compressImage', () => {
  it('returns a file that already fits unchanged (no re-encode, no quality loss)', async () => {
    const small = new Blob([new Uint8Array(1000)], { type: 'image/jpeg' });
    expect(await compressImage(small, 1_000_000)).toBe(small);
  });
});

describe('jpegName', () => {
  it('gives a re-encoded image a .jpg name', () => {
    expect(jpegName('IMG_0001.HEIC.png')).toBe('IMG_0001.HEIC.jpg');
    expect(jpegName('scan')).toBe('scan.jpg');
    expect(jpegName('.png')).toBe('photo.jpg');
  });
});
