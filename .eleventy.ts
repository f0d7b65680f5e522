import type UserConfig from '@11ty/eleventy/UserConfig';
import { buildSettings, habarPlugin } from './src/site/plugin.ts';

// Run through habar's CLI (`npm run build`, `npm start`) or as
// `node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`; paths are relative to the site root.
export default function (eleventyConfig: UserConfig) {
  const root = process.cwd();
  const settings = buildSettings(eleventyConfig, root);

  // TypeScript templates (content/*.11ty.ts) are JavaScript templates once tsx has loaded them.
  eleventyConfig.addExtension('11ty.ts', { key: '11ty.js' });
  eleventyConfig.addPlugin(habarPlugin, { root, settings });
  eleventyConfig.addPassthroughCopy({ 'content/assets': 'assets' });

  return {
    // No output here: the CLI builds into a staging folder and swaps it in; Eleventy alone writes to _site/.
    dir: { input: 'content', includes: '../layouts', data: '_data' },
    templateFormats: ['njk', '11ty.ts'],
    htmlTemplateEngine: 'njk',
    markdownTemplateEngine: false,
    pathPrefix: settings().site.pathPrefix,
  };
}
