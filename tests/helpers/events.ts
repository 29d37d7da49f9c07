import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './dist.ts';
import { eventSchema, timelineSchema } from '../../src/lib/schemas/event.ts';
import { claimantSchema, type ClaimantData } from '../../src/lib/schemas/claimant.ts';
import type { TimelineEvent } from '../../src/lib/timeline/timeline-model.ts';

const readYaml = (path: string) => parse(readFileSync(path, 'utf8'), { schema: 'core' });

/** A real timeline's events from content/events/<id>/, validated as the build validates them. */
export function contentEvents(timeline: string): TimelineEvent[] {
  const dir = join(ROOT, 'content/events', timeline);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ id: file.replace(/\.yaml$/, ''), ...eventSchema.parse(readYaml(join(dir, file))) }));
}

export function contentTimeline(id: string) {
  return timelineSchema.parse(readYaml(join(ROOT, 'content/timelines', `${id}.yaml`)));
}

/** The real claimants in content/claimants/, by id. */
export function contentClaimants(): Map<string, ClaimantData> {
  const dir = join(ROOT, 'content/claimants');
  return new Map(
    readdirSync(dir)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => [file.replace(/\.yaml$/, ''), claimantSchema.parse(readYaml(join(dir, file)))]),
  );
}
