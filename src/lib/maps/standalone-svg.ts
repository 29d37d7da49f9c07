/**
 * A range map as a self-contained SVG file: fixed light colours as presentation attributes, fonts named
 * (Inter, then the system's sans-serif), title on top and credit below, so it prints and posts as it is.
 * It is drawn from the same model as the page's map, so the two cannot drift apart.
 */
import { xml, textBlock, wrapToWidth } from '../render/svg-text.ts';
import { textWidth } from '../render/text-width.ts';
import { formatLongDate } from '../dates.ts';
import type { RangeMapModel } from './range-map-model.ts';
import { FILE_COLOURS, FILE_FONT_FAMILY, mapSvgBody } from './map-svg.ts';

const COLOURS = FILE_COLOURS;
const FONT = `font-family="${FILE_FONT_FAMILY}"`;

/** The map itself, in the model's own coordinates (0 0 width height). `labels: false` for thumbnails. */
export function mapBodySvg(model: RangeMapModel, { labels = true } = {}): string {
  return mapSvgBody(model, { paint: 'file', labels });
}

/** The PNG version is rendered at twice the SVG's width. */
export const MAP_FILE_WIDTH = 1440;

/** Title and credit wrap within the margins, measured in the font the PNG is drawn with: never cut. */
function layout(model: RangeMapModel) {
  const line = model.width - 32;
  const title = wrapToWidth(model.title, line, (text) => textWidth(text, 22, 700));
  const credit = wrapToWidth(`${model.finding} Launch point: ${model.launch.certainty} As of ${formatLongDate(model.asOf)}. ${model.credit}`, line, (text) =>
    textWidth(text, 12, 400),
  );
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
    `<rect width="${width}" height="${height}" fill="${COLOURS.paper}"/>` +
    // A group, not a nested <svg>: a nested viewport clips, and resvg draws a clipped group in a layer of
    // its own, about 40% of a map.png's render time. What could spill past the frame's top and bottom
    // edges (a mark or a stroke on the edge) is covered by the white bands of the title and the credit,
    // drawn after it; the file's own edges clip the sides.
    `<g transform="translate(0,${top})">${mapBodySvg(model)}</g>` +
    `<rect width="${width}" height="${top}" fill="${COLOURS.paper}"/>` +
    `<rect y="${top + model.height}" width="${width}" height="${height - top - model.height}" fill="${COLOURS.paper}"/>` +
    textBlock(title, 16, 36, 28, `font-size="22" font-weight="700" fill="${COLOURS.ink}" ${FONT}`) +
    textBlock(credit, 16, top + model.height + 24, 16, `font-size="12" fill="${COLOURS.muted}" ${FONT}`) +
    '</svg>'
  );
}
