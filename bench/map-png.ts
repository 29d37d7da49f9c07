/** What map.png's 2× resolution costs: render time and file size at 2× and 1×, for each real map. */
import { drawMap } from '../tools/models.ts';
import { MAP_FILE_WIDTH, standaloneMapSvg } from '../src/lib/maps/standalone-svg.ts';
import { svgToPng } from '../src/lib/render/png.ts';
import { contentMap, contentPlaces } from '../tools/places.ts';
import { mapIds } from './map-ids.ts';
import { median } from './measure.ts';

export interface PngCost {
  id: string;
  width: number;
  ms: number;
  kb: number;
}

export function mapPngCosts(runs = 3): PngCost[] {
  const places = contentPlaces();
  return mapIds().flatMap((id) => {
    const model = drawMap({ map: contentMap(id), places });
    const svg = standaloneMapSvg(model);
    return [MAP_FILE_WIDTH, model.width].map((width) => {
      const times: number[] = [];
      let png: Buffer = Buffer.alloc(0);
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        png = svgToPng(svg, width);
        times.push(performance.now() - start);
      }
      return { id, width, ms: median(times), kb: png.length / 1024 };
    });
  });
}
