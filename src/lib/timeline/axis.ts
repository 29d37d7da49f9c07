/**
 * The timeline's date axis: a D3 UTC time scale over the story's focus window, so the gaps between
 * 30 December, 2 January and 4 January show at a glance. Events before or after the window are gathered
 * at the axis ends, behind a break, rather than squeezing the window flat.
 */
import { scaleUtc } from 'd3-scale';
import { utcMonday } from 'd3-time';
import { utcFormat } from 'd3-time-format';

export interface AxisInput {
  id: string;
  date: Date;
}

export interface AxisModel {
  width: number;
  height: number;
  baseline: number;
  ticks: { x: number; label: string }[];
  points: { id: string; x: number; y: number }[];
  before: { x: number; count: number } | undefined;
  after: { x: number; count: number } | undefined;
  dayZeroX: number;
}

const MARGIN = 56;
const LANE = 11;
const tickLabel = utcFormat('%-d %b');

export function buildAxis(events: readonly AxisInput[], focus: { start: Date; end: Date }, dayZero: Date, width = 720): AxisModel {
  const scale = scaleUtc().domain([focus.start, focus.end]).range([MARGIN, width - MARGIN]);
  const baseline = 62;
  const beforeX = MARGIN / 2;
  const afterX = width - MARGIN / 2;
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
      x = Math.round(scale(date) * 10) / 10;
    }
    // Events on the same day (or gathered at an end) stack upwards, one lane each.
    const key = Math.round(x);
    const lane = lanes.get(key) ?? 0;
    lanes.set(key, lane + 1);
    return { id, x, y: baseline - 8 - lane * LANE };
  });
  return {
    width,
    height: 88,
    baseline,
    ticks: scale.ticks(utcMonday.every(1)!).map((date) => ({ x: Math.round(scale(date) * 10) / 10, label: tickLabel(date) })),
    points,
    before: before ? { x: beforeX, count: before } : undefined,
    after: after ? { x: afterX, count: after } : undefined,
    dayZeroX: Math.round(scale(dayZero) * 10) / 10,
  };
}
