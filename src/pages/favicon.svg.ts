import type { APIRoute } from 'astro';
import { brandMarkSvg } from '../lib/share/brand.ts';

export const GET: APIRoute = () => new Response(brandMarkSvg(32), { headers: { 'content-type': 'image/svg+xml' } });
