/**
 * The timeline's date axis: a D3 UTC time scale over the story's focus window, so the gaps between
 * 30 December, 2 January and 4 January show at a glance. Events before or after the window are gathered
 * at the axis ends, behind a break, rather than squeezing the window flat.
 *
 * The SVG scales with the column, and its text with it. So there are two layouts, each drawn for the
 * widths it is shown at: `narrow` for phones and `wide` for wider columns. Labels are
 * AXIS_FONT_PX in the drawing, which keeps them at 12 px or more on screen from a 375 px phone up.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';

export interface AxisInput {
  id: string;
  date: Date;
}

export interface AxisModel {
  width: number;
  height: number;
  baseline: number;
  /** The row under the dates where the counts of earlier and later events sit, flush with the edges. */
  endsY: number;
  fontSize: number;
  ticks: { x: number; label: string }[];
  points: { id: string; x: number; y: number }[];
  /** Events before and after the focus window: where their points gather, and the count printed at the edge. */
  before: { x: number; count: number; label: string } | undefined;
  after: { x: number; count: number; label: string } | undefined;
  dayZeroX: number;
}

/** Label size in the drawing's own units (px at a scale of 1). */
export const AXIS_FONT_PX = 14;
const WIDE_WIDTH = 720;
const NARROW_WIDTH = 340;
/*
 * timeline.css shows the wide layout from a 620 px column up: its 14-unit labels render there at
 * 14 × 620 / 720 ≈ 12 px. Below it the narrow layout renders them at 11.9 px in a 288 px column
 * (a 320 px phone) and 14 px in a 343 px one (375 px).
 */

const LANE = 11;
const TICK_INTERVALS = [utcDay, utcDay.every(2)!, utcMonday, utcMonday.every(2)!, utcMonth, utcMonth.every(3)!, utcYear];
const tickLabel = utcFormat('%-d %b');
/** A generous width estimate for a label in a system sans-serif (average glyph about 0.5 em). */
const labelWidth = (text: string, fontSize: number) => text.length * fontSize * 0.58;

function layout(events: readonly AxisInput[], focus: { start: Date; end: Date }, dayZero: Date, width: number, margin: number): AxisModel {
  const fontSize = AXIS_FONT_PX;
  const scale = scaleUtc()
    .domain([focus.start, focus.end])
    .range([margin, width - margin]);
  const baseline = 70;
  const beforeX = margin / 2;
  const afterX = width - margin / 2;
  const round = (x: number) => Math.round(x * 10) / 10;
  const lanes = new Map<number, number>();
  let before = 0;
  let after = 0;
  const points = events.map(({ id, date }) => {
    let x: number;
    if (date < focus.start) {
      x = beforeX;
      before++;
    } else if (date > focus.end) {
      x = afterX;
      after++;
    } else {
      x = round(scale(date));
    }
    // Events on the same day (or gathered at an end) stack upwards, one lane each.
    const key = Math.round(x);
    const lane = lanes.get(key) ?? 0;
    lanes.set(key, lane + 1);
    return { id, x, y: baseline - 8 - lane * LANE };
  });

  // The densest regular run of dates whose labels keep clear of each other and of the drawing's edges.
  const gap = fontSize * 0.6;
  const fits = (ticks: AxisModel['ticks']) =>
    ticks.every(({ x, label }, i) => {
      const half = labelWidth(label, fontSize) / 2 + gap / 2;
      const previous = ticks[i - 1];
      return x - half >= 0 && x + half <= width && (!previous || previous.x + labelWidth(previous.label, fontSize) / 2 + gap / 2 <= x - half);
    });
  const ticks =
    TICK_INTERVALS.map((interval) => scale.ticks(interval).map((date) => ({ x: round(scale(date)), label: tickLabel(date) }))).find(
      (candidate) => candidate.length >= 2 && fits(candidate),
    ) ?? [];

  return {
    width,
    height: baseline + 44,
    baseline,
    endsY: baseline + 38,
    fontSize,
    ticks,
    points,
    before: before ? { x: beforeX, count: before, label: `← ${before} earlier` } : undefined,
    after: after ? { x: afterX, count: after, label: `${after} later →` } : undefined,
    dayZeroX: round(scale(dayZero)),
  };
}

export function buildAxes(events: readonly AxisInput[], focus: { start: Date; end: Date }, dayZero: Date): { wide: AxisModel; narrow: AxisModel } {
  return {
    wide: layout(events, focus, dayZero, WIDE_WIDTH, 56),
    narrow: layout(events, focus, dayZero, NARROW_WIDTH, 32),
  };
}
