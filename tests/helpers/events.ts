import { join } from 'node:path';
import { ROOT } from '../../tools/dist.ts';
import { readContentFile, readContentFolder } from '../../tools/content.ts';
import { eventSchema, timelineSchema } from '../../src/lib/schemas/event.ts';
import { claimantSchema, type ClaimantData } from '../../src/lib/schemas/claimant.ts';
import type { TimelineEvent } from '../../src/lib/timeline/timeline-model.ts';

/** A real timeline's events from content/events/<id>/, validated as the build validates them. */
export function contentEvents(timeline: string): TimelineEvent[] {
  return readContentFolder(join(ROOT, 'content/events', timeline), eventSchema).map(([id, data]) => ({ id, ...data }));
}

export function contentTimeline(id: string) {
  return readContentFile(join(ROOT, 'content/timelines', `${id}.yaml`), timelineSchema);
}

/** The real claimants in content/claimants/, by id. */
export function contentClaimants(): Map<string, ClaimantData> {
  return new Map(readContentFolder(join(ROOT, 'content/claimants'), claimantSchema));
}
