/**
 * Phone photos (4–12 MB) shrunk in the browser below an upload limit by re-encoding through a
 * canvas: first lower JPEG quality, then smaller dimensions, until the file fits.
 */
export interface Size {
  width: number;
  height: number;
}

/** The largest size with the same aspect ratio whose longer side is at most `maxSide` (never enlarged). */
export function fitWithin(size: Size, maxSide: number): Size {
  const longer = Math.max(size.width, size.height);
  if (longer <= maxSide) return { width: size.width, height: size.height };
  const scale = maxSide / longer;
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

export interface Attempt {
  /** Longer side in pixels. */
  maxSide: number;
  /** JPEG quality 0–1. */
  quality: number;
}

/**
 * The attempts in order: at each size (2048 px, then ×0.75 down to ≥ 480 px) qualities 0.85, 0.7
 * and 0.55. A 1 MB limit is usually met by the first or second attempt.
 */
export function compressionPlan(startSide = 2048, minSide = 480): Attempt[] {
  const plan: Attempt[] = [];
  for (let side = startSide; side >= minSide; side = Math.round(side * 0.75)) {
    for (const quality of [0.85, 0.7, 0.55]) plan.push({ maxSide: side, quality });
  }
  return plan;
}

export class ImageTooLarge extends Error {
  constructor() {
    super('IMAGE_TOO_LARGE');
  }
}

async function decode(file: Blob): Promise<{ source: CanvasImageSource; size: Size; close: () => void }> {
  if (typeof createImageBitmap === 'function') {
    // Honour the EXIF orientation of phone photos.
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { source: bitmap, size: { width: bitmap.width, height: bitmap.height }, close: () => bitmap.close() };
  }
  const url = URL.createObjectURL(file);
  const image = new Image();
  image.src = url;
  await image.decode();
  return {
    source: image,
    size: { width: image.naturalWidth, height: image.naturalHeight },
    close: () => URL.revokeObjectURL(url),
  };
}

function encode(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ImageTooLarge())), 'image/jpeg', quality),
  );
}

/**
 * A JPEG of at most `maxBytes`; an image already small enough is returned unchanged. Throws
 * ImageTooLarge when even the smallest attempt does not fit.
 */
export async function compressImage(file: Blob, maxBytes: number): Promise<Blob> {
  if (file.size <= maxBytes) return file;
  const { source, size, close } = await decode(file);
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context) throw new ImageTooLarge();
    let drawnSide = 0;
    for (const attempt of compressionPlan()) {
      if (attempt.maxSide !== drawnSide) {
        const target = fitWithin(size, attempt.maxSide);
        canvas.width = target.width;
        canvas.height = target.height;
        // JPEG has no transparency: a white background instead of black for PNGs with alpha.
        context.fillStyle = '#fff';
        context.fillRect(0, 0, target.width, target.height);
        context.drawImage(source, 0, 0, target.width, target.height);
        drawnSide = attempt.maxSide;
      }
      const blob = await encode(canvas, attempt.quality);
      if (blob.size <= maxBytes) return blob;
    }
    throw new ImageTooLarge();
  } finally {
    close();
  }
}

/** `photo.png` → `photo.jpg` for a re-encoded image. */
export function jpegName(fileName: string): string {
  const base = fileName.replace(/\.[^./\\]+$/, '');
  return `${base || 'photo'}.jpg`;
}
