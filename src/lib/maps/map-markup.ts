/**
 * The range map's public markup contracts: every data-* attribute of the map figure (its SVG, controls,
 * readout, notes and table, embed control and state script), named once. Other sites, the timeline script,
 * the stylesheets (range-map.css, embed.css) and the tests select by these, so their names and values never
 * change; the build and the browser scripts take them from here instead of spelling them out.
 *
 * Import the module as one namespace, `import * as MAP_ATTR from './map-markup.ts'` (so `MAP_ATTR.place`
 * is 'data-place'), with its helpers from map-markup-helpers.ts. Each name is a constant of its own, and
 * nothing else lives here, so the bundler writes the strings straight into each browser script (inlineConst,
 * astro.config.mjs) rather than into a file of names the map's and the timeline's scripts would both wait for.
 */

// The figure
/** The figure: the map's id. */
export const map = 'data-map';
/** The figure: the map's width over its height, for the stylesheet to fit it to a short screen. */
export const aspect = 'data-map-aspect';
/** The figure: "true" on the embed page. */
export const embedded = 'data-embedded';
/** The figure, set by the browser script: "true" once the launch point can move. */
export const interactive = 'data-interactive';
/** The <script type="application/json"> with the map's client state (client-state.ts). */
export const state = 'data-map-state';
/** The line under the map that names the launch point, or the place the reader picked. */
export const readout = 'data-map-readout';
/** The embed's line saying the point moves, hidden until the script runs. */
export const dragHint = 'data-map-drag-hint';
/** The embed's disclosure holding the controls, key, notes and credits. */
export const more = 'data-map-more';
/** That disclosure's summary. */
export const moreLabel = 'data-map-more-label';

// The controls
/** The bar holding the hint, or the launch-area buttons and Reset. */
export const controls = 'data-map-controls';
/** The no-script hint the script swaps for the controls. */
export const hint = 'data-map-hint';
/** The launch-area buttons and Reset, hidden until the script runs. */
export const presets = 'data-map-presets';
/** A launch-area button: its latitude. */
export const presetLat = 'data-preset-lat';
/** A launch-area button: its longitude. */
export const presetLon = 'data-preset-lon';
/** The button that puts the launch point back. */
export const reset = 'data-map-reset';

// The SVG's marks
/** A country's land: its ISO 3166 alpha-3 code. */
export const country = 'data-country';
/** A ring's shaded area: its range in km. */
export const rangeKm = 'data-range-km';
/** A ring's dashed line: its range in km. */
export const rangeLineKm = 'data-range-line-km';
/** A place's marker: the place's id. */
export const place = 'data-place';
/** A place's marker: the place's name. */
export const placeName = 'data-name';
/** A place's marker or the launch handle: its latitude. */
export const lat = 'data-lat';
/** A place's marker or the launch handle: its longitude. */
export const lon = 'data-lon';
/** A place's marker (and the key's dots): "true" or "false", within the first ring. */
export const inRange = 'data-in-range';
/** A place's marker: the ranges in km (space-separated) of the rings it is within. */
export const withinKm = 'data-within-km';
/** A place's marker: its distance from the launch point in km. */
export const distanceKm = 'data-distance-km';
/** A place's marker: "true" where a strike there is reported. */
export const strike = 'data-strike';
/** A place's marker: "true" where the sources name only the region the place stands for. */
export const strikeRegion = 'data-strike-region';
/** A place's marker, set by the timeline script: how many timeline entries the place has. */
export const hasEvents = 'data-has-events';
/** A place's marker, set by the timeline script: the link to its first timeline entry. */
export const eventsHref = 'data-events-href';
/** A label set's group: its layout (wide, medium, narrow). */
export const labels = 'data-labels';
/** A ring's distance label: its range in km. */
export const ringLabelKm = 'data-ring-label-km';
/** A country's or place's name on the map: the country's code or the place's id ("launch" for the launch point). */
export const labelFor = 'data-label-for';
/** A tapped place's callout: the place's id. */
export const calloutFor = 'data-callout-for';
/** The launch handle. */
export const launch = 'data-launch';
/** The launch handle: the launch point's name. */
export const launchLabel = 'data-label';

// The notes under the map
/** A key entry for a ring: its range in km. */
export const legendRangeKm = 'data-legend-range-km';
/** The key's words for the launch point. */
export const legendLaunch = 'data-legend-launch';
/** The line that dates the reported strikes. */
export const strikes = 'data-map-strikes';
/** The finding: what lies in range. */
export const summary = 'data-map-summary';
/** The disclosure with the launch point's sources. */
export const sources = 'data-map-sources';
/** The table of distances. */
export const table = 'data-map-table';
/** A table row: its place's id. */
export const placeRow = 'data-place-row';
/** A table cell the script rewrites: the distance, or a ring's answer (DISTANCE_CELL, ringCell in map-markup-helpers.ts). */
export const cell = 'data-cell';

// The embed control
/** The "Embed this map" disclosure. */
export const embedControl = 'data-embed-control';
/** The embed code: the map's id. */
export const embedSnippet = 'data-embed-snippet';
/** The Copy button, hidden until the script runs. */
export const embedCopy = 'data-embed-copy';
/** Where the Copy button says whether it copied. */
export const embedStatus = 'data-embed-status';

// The town search
/** The town search under the map, shown once the map is interactive: the address of the gazetteer's folder. */
export const townSearch = 'data-town-search';
/** The "Use my location" button. */
export const townLocate = 'data-town-locate';
/** The line that says where the looked-up town is (a live region). */
export const townStatus = 'data-town-status';
/** The looked-up town's marker on the map, drawn by the script: its GeoNames id, or "here" for the reader's own position. */
export const town = 'data-town';
/** The arrow on the frame's edge pointing to a looked-up town outside it: the town's id, as on its marker. */
export const townArrow = 'data-town-arrow';
/** The looked-up town's row in the table of distances: the town's id, as on its marker. */
export const townRow = 'data-town-row';
