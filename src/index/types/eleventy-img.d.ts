// @11ty/eleventy-img ships no type definitions; these cover the part habar uses.
declare module '@11ty/eleventy-img' {
  export interface ImageEntry {
    format: string;
    width: number;
    height: number;
    url: string;
    outputPath: string;
    filename: string;
    srcset: string;
    sourceType: string;
  }
  export type ImageMetadata = Record<string, ImageEntry[]>;
  export interface ImageOptions {
    widths?: Array<number | 'auto' | null>;
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
  }
  export default function Image(src: string, options?: ImageOptions): Promise<ImageMetadata>;
  export function generateHTML(metadata: ImageMetadata, attributes: Record<string, string>): string;
}
