import type { APIRoute, GetStaticPaths } from 'astro';
import { brandMarkSvg, logoSvg } from '../../lib/share/brand.ts';
import { svgToPng } from '../../lib/render/png.ts';

const ICONS: Record<string, () => Buffer> = {
  'icon-192': () => svgToPng(brandMarkSvg(192)),
  'icon-512': () => svgToPng(brandMarkSvg(512)),
  'apple-touch-icon': () => svgToPng(brandMarkSvg(180)),
  logo: () => svgToPng(logoSvg()),
};

export const getStaticPaths = (() => Object.keys(ICONS).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(ICONS[params.icon!]!()), { headers: { 'content-type': 'image/png' } });
