/**
 * A range map as a self-contained SVG file: fixed light colours as presentation attributes, fonts named
 * (Inter, then the system's sans-serif), title on top and credit below, so it prints and posts as it is.
 * It is drawn from the same model as the page's map, so the two cannot drift apart.
 */
import { xml, textBlock, wrapText } from '../share/svg-text.ts';
import { formatLongDate } from '../dates.ts';
import type { RangeMapModel } from './range-map-model.ts';

const COLOURS = {
  water: '#dbe9f4',
  land: '#f4f1ea',
  focus: '#fff1c1',
  border: '#8c8c8c',
  ring: '#b34f00',
  launch: '#0072b2',
  strike: '#a04a82',
  ink: '#1a1a1a',
  muted: '#595959',
};

/** One dash pattern per ring, in the order of the map's ranges; range-map.css uses the same. */
const RING_DASHES = ['8 5', '2 4', '14 4 2 4'];

const FONT = `font-family="Inter, 'Helvetica Neue', Arial, sans-serif"`;

/** The map itself, in the model's own coordinates (0 0 width height). `labels: false` for thumbnails. */
export function mapBodySvg(model: RangeMapModel, { labels = true } = {}): string {
  const parts = [
    `<path d="${model.globe}" fill="${COLOURS.water}"/>`,
    `<g stroke="${COLOURS.border}" stroke-width="0.6" stroke-linejoin="round">`,
    ...model.countries.map((c) => `<path d="${c.d}" fill="${c.focus ? COLOURS.focus : COLOURS.land}"/>`),
    '</g>',
    ...model.rings.map(
      (ring, index) =>
        `<path d="${ring.d}" fill="${COLOURS.ring}" fill-opacity="0.07"/>` +
        `<path d="${ring.line}" fill="none" stroke="${COLOURS.ring}" stroke-width="3" stroke-dasharray="${RING_DASHES[index % RING_DASHES.length]}"/>`,
    ),
    ...model.places.map(
      (p) =>
        `<g transform="translate(${p.x},${p.y})">` +
        (p.reportedStrike ? `<path d="M0,-10L10,0L0,10L-10,0Z" fill="none" stroke="${COLOURS.strike}" stroke-width="2.5"/>` : '') +
        `<circle r="5" fill="${p.inRange ? COLOURS.ink : '#fff'}" stroke="${COLOURS.ink}" stroke-width="1.5"/></g>`,
    ),
    `<path transform="translate(${model.launch.x},${model.launch.y})" d="M0,-11L9.5,6L-9.5,6Z" fill="${COLOURS.launch}" stroke="#fff" stroke-width="2"/>`,
  ];
  if (labels) {
    const halo = `stroke="#fff" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke"`;
    const { wide } = model.labels;
    parts.push(
      ...wide.rings.map((l) => `<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-size="14" font-weight="700" fill="${COLOURS.ring}" ${halo} ${FONT}>${xml(l.text)}</text>`),
      ...wide.countries.map(
        (l) => `<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-size="14" letter-spacing="1.4" fill="${COLOURS.muted}" ${halo} ${FONT}>${xml(l.text)}</text>`,
      ),
      ...wide.places.map(
        (l) => `<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-size="14" font-weight="600" fill="${COLOURS.ink}" ${halo} ${FONT}>${xml(l.text)}</text>`,
      ),
    );
    const bar = model.scaleBar;
    if (bar) {
      parts.push(
        `<g transform="translate(${bar.x},${bar.y})" fill="${COLOURS.ink}" font-size="12" ${FONT}>` +
          `<text y="10">${bar.km} km</text><path d="M0,15h${bar.kmPx.toFixed(1)}M0,26h${bar.milesPx.toFixed(1)}" stroke="${COLOURS.ink}" stroke-width="3"/>` +
          `<text y="42">${bar.miles} miles</text></g>`,
      );
    }
  }
  return parts.join('');
}

/** The PNG version is rendered at twice the SVG's width. */
export const MAP_FILE_WIDTH = 1440;

function layout(model: RangeMapModel) {
  const title = wrapText(model.title, model.width - 32, 22, 0.56);
  const credit = wrapText(`${model.finding} Launch point: ${model.launch.certainty} As of ${formatLongDate(model.asOf)}. ${model.credit}`, model.width - 32, 12, 0.52);
  const top = 16 + title.length * 28 + 8;
  const height = top + model.height + 16 + credit.length * 16 + 8;
  return { title, credit, top, height };
}

/** The height of the PNG file, at MAP_FILE_WIDTH. */
export function mapFileHeight(model: RangeMapModel): number {
  return Math.round((layout(model).height * MAP_FILE_WIDTH) / model.width);
}

/** The map with its title, finding and credit, as a file of its own. */
export function standaloneMapSvg(model: RangeMapModel): string {
  const { width } = model;
  const { title, credit, top, height } = layout(model);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${xml(model.title)}</title><desc>${xml(model.finding)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#fff"/>` +
    textBlock(title, 16, 36, 28, `font-size="22" font-weight="700" fill="${COLOURS.ink}" ${FONT}`) +
    `<svg x="0" y="${top}" width="${width}" height="${model.height}" viewBox="0 0 ${width} ${model.height}">${mapBodySvg(model)}</svg>` +
    textBlock(credit, 16, top + model.height + 24, 16, `font-size="12" fill="${COLOURS.muted}" ${FONT}`) +
    '</svg>'
  );
}
