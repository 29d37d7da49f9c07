/** The launch point from the keyboard: arrows move it a step (Shift a big one), Home puts it back. */

const BEARING: Record<string, number> = { ArrowUp: 0, ArrowRight: 90, ArrowDown: 180, ArrowLeft: 270 };

export interface KeyHandlers {
  /** One step on a compass bearing, in degrees. */
  step: (bearing: number, big: boolean) => void;
  home: () => void;
}

export function enableKeys(handle: SVGGElement, on: KeyHandlers) {
  handle.addEventListener('keydown', (event) => {
    if (event.key === 'Home') {
      event.preventDefault();
      on.home();
      return;
    }
    const bearing = BEARING[event.key];
    if (bearing === undefined) return;
    event.preventDefault();
    on.step(bearing, event.shiftKey);
  });
}
