import {
  type ChartUnit,
  colorBins,
  formatChartValue,
  formatTick,
  formatTileValue,
  STATE_TILE_COLUMNS,
  STATE_TILE_ROWS,
  stateTiles,
} from "@aiml/domain";
import { type ChartHit, ChartHits } from "./chart-hits";
import { ChartSvg } from "./chart-svg";
import { pct } from "./chart-theme";
import { MarkupHost } from "./markup-host";

export interface StateValue {
  state: string;
  name: string;
  value: number;
}

/** Sequential blues, light to dark, each with a text colour that reads on it (4.5:1 or more). */
const binColors = [
  { fill: "#deebf7", text: "#0f172a" },
  { fill: "#9ecae1", text: "#0f172a" },
  { fill: "#4292c6", text: "#0f172a" },
  { fill: "#2171b5", text: "#ffffff" },
  { fill: "#08306b", text: "#ffffff" },
];
interface TileOf {
  state: string;
  tile: { row: number; col: number };
  value: number | undefined;
}
const TILE_HEIGHT = 38;
const GAP = 2;
const MAP_HEIGHT = STATE_TILE_ROWS * TILE_HEIGHT;
const SCALE_TOP = MAP_HEIGHT + 14;
const HEIGHT = SCALE_TOP + 36;

export function StateMapDrawing({
  values,
  unit,
  label,
  selected,
  standalone,
}: {
  values: StateValue[];
  unit: ChartUnit;
  label: string;
  selected?: string | null;
  standalone?: { width: number; title: string };
}) {
  const bins = colorBins(
    values.map((v) => v.value),
    binColors.length,
  );
  const byState = new Map(values.map((v) => [v.state, v]));
  const w = 1 / STATE_TILE_COLUMNS;
  // Tiles grouped by colour: one fill and one text colour per group, not per tile.
  const noValue = { fill: "#f1f5f9", text: "#475569" };
  const tileGroups = [...binColors, noValue].map((color) => ({ ...color, tiles: [] as TileOf[] }));
  for (const [state, tile] of Object.entries(stateTiles)) {
    const value = byState.get(state)?.value;
    const group = tileGroups[value === undefined ? binColors.length : bins.binOf(value)];
    group?.tiles.push({ state, tile, value });
  }
  const picked = selected ? stateTiles[selected] : undefined;
  return (
    <ChartSvg label={label} height={HEIGHT} standalone={standalone}>
      <g stroke="#ffffff" strokeWidth={GAP}>
        {tileGroups.map((group) => (
          <g key={group.fill} fill={group.fill}>
            {group.tiles.map(({ state, tile }) => (
              <rect
                key={state}
                x={pct(tile.col * w)}
                y={tile.row * TILE_HEIGHT}
                width={pct(w)}
                height={TILE_HEIGHT - GAP}
              />
            ))}
          </g>
        ))}
      </g>
      {picked && (
        <rect
          x={pct(picked.col * w)}
          y={picked.row * TILE_HEIGHT}
          width={pct(w)}
          height={TILE_HEIGHT - GAP}
          fill="none"
          stroke="#c2410c"
          strokeWidth={3}
        />
      )}
      <g textAnchor="middle">
        {tileGroups.map((group) => (
          <g key={group.fill} fill={group.text}>
            {group.tiles.map(({ state, tile, value }) => (
              <text key={state} x={pct(tile.col * w + w / 2)} y={tile.row * TILE_HEIGHT + 15}>
                <tspan fontWeight={700} fontSize={11}>
                  {state}
                </tspan>
                <tspan
                  x={pct(tile.col * w + w / 2)}
                  dy={14}
                  fontSize={10}
                  className="state-tile-value"
                >
                  {value === undefined ? "–" : formatTileValue(value, unit)}
                </tspan>
              </text>
            ))}
          </g>
        ))}
      </g>
      {binColors.map((c, i) => (
        <g key={c.fill}>
          <rect
            x={pct(i / binColors.length)}
            y={SCALE_TOP}
            width={pct(1 / binColors.length)}
            height={10}
            fill={c.fill}
          />
          <text
            x={pct(i / binColors.length)}
            y={SCALE_TOP + 24}
            textAnchor={i === 0 ? "start" : "middle"}
            fill="#475569"
            className="cx-muted-fill"
          >
            {formatTick(bins.edges[i] ?? 0, unit)}
          </text>
        </g>
      ))}
      <text x="100%" y={SCALE_TOP + 24} textAnchor="end" fill="#475569" className="cx-muted-fill">
        {formatTick(bins.edges[binColors.length] ?? 0, unit)}
      </text>
    </ChartSvg>
  );
}

/** A tile map by state with a colour scale; each tile also writes its value, and focuses. */
export function StateMap({
  id,
  values,
  unit,
  label,
  title,
  source,
  period,
  selected,
}: {
  id: string;
  values: StateValue[];
  unit: ChartUnit;
  label: string;
  title: string;
  source: string;
  period: string;
  selected?: string | null;
}) {
  const w = 1 / STATE_TILE_COLUMNS;
  const hits: ChartHit[] = values.flatMap((v) => {
    const tile = stateTiles[v.state];
    if (!tile) return [];
    return [
      {
        key: v.state,
        top: tile.row * TILE_HEIGHT,
        height: TILE_HEIGHT - GAP,
        left: tile.col * w,
        width: w,
        lines: [v.name, formatChartValue(v.value, unit), period, source],
      },
    ];
  });
  return (
    <figure className="chart-figure">
      <div className="chart-frame">
        <MarkupHost
          node={<StateMapDrawing values={values} unit={unit} label={label} selected={selected} />}
        />
        <ChartHits idPrefix={`tip-${id}`} label={`${title}: one entry per state`} hits={hits} />
      </div>
    </figure>
  );
}
