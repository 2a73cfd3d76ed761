// One scale per kind of measure, so that amounts written in different units can be compared:
// "5 weeks" and "35 days", "10 km" and "6.2 miles", "35 tonnes" and "35,000 kg".

/** What a unit measures and how many of the dimension's base unit one of it is. */
export interface BaseUnit {
  /** 'time' (base: day), 'length' (metre), 'area' (square metre), 'mass' (kg), 'volume' (litre), 'speed' (km/h), 'power' (kW), 'energy' (kWh). */
  dimension: string;
  factor: number;
  /** The factor is a convention, not a definition (a month is 28–31 days, a "ton" short or long): compare loosely. */
  approximate: boolean;
  /**
   * The factors the unit may stand for when it names several units, smallest and largest: a bare "ton" is a short ton
   * (907.18474 kg) in American news, a metric one in much of the world's and a long ton (1,016.0469088 kg) in older British
   * usage. Absent for a unit with one factor.
   */
  factorRange?: readonly [number, number];
}

function bases(dimension: string, entries: string, approximate = false): Array<[string, BaseUnit]> {
  return entries
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [unit, factor] = entry.split('=') as [string, string];
      return [unit, { dimension, factor: Number(factor), approximate }];
    });
}

/** By the canonical unit names of `Quantity.unit` (see units.ts). */
const BASE_UNITS: ReadonlyMap<string, BaseUnit> = new Map([
  ...bases('time', `second=0.0000115740740741 minute=0.000694444444444 hour=0.0416666666667 day=1 week=7 fortnight=14`),
  ...bases('time', `month=30 year=360 decade=3600 century=36000`, true),
  ...bases('length', `mm=0.001 cm=0.01 m=1 km=1000 mile=1609.344 foot=0.3048 inch=0.0254 nmi=1852`),
  ...bases('area', `m2=1 km2=1000000 mile2=2589988.11 hectare=10000 acre=4046.8564224 foot2=0.09290304`),
  ...bases('mass', `kg=1 tonne=1000 lb=0.45359237 kilotonne=1000000 megatonne=1000000000 gigatonne=1000000000000`),
  ['ton', { dimension: 'mass', factor: 1000, approximate: true, factorRange: [907.18474, 1016.0469088] }],
  // A ton its writer names: "short tons" (American), "long tons" (imperial).
  ...bases('mass', `short-ton=907.18474 long-ton=1016.0469088`),
  ...bases('volume', `litre=1 megalitre=1000000 barrel=158.987294928 imperial-gallon=4.54609 m3=1000 km3=1000000000000 foot3=28.316846592`),
  // A bare "gallon" is the US one in most news; the imperial one is 20 % more, written as such.
  ...bases('volume', `gallon=3.785411784`, true),
  ...bases('speed', `km/h=1 mph=1.609344`),
  ...bases('power', `kW=1 MW=1000 GW=1000000`),
  ...bases('energy', `kWh=1 MWh=1000 GWh=1000000 TWh=1000000000`),
]);

/**
 * The dimension and factor of a canonical unit name ('week' → time, 7 days), or
 * undefined for units that are their own scale (currencies, percent, degrees).
 * A year counts 360 days so that "12 months" and "a year" are the same span.
 */
export function baseUnitOf(unit: string): BaseUnit | undefined {
  return BASE_UNITS.get(unit);
}

/**
 * Time units from the longest down, with their length in days: to write a span in
 * the largest unit that divides it (35 days → 5 weeks, 30 days → 1 month).
 */
export const TIME_UNITS_DESCENDING: ReadonlyArray<readonly [string, number]> = [
  ['century', 36000],
  ['decade', 3600],
  ['year', 360],
  ['month', 30],
  ['week', 7],
  ['day', 1],
  ['hour', 1 / 24],
  ['minute', 1 / 1440],
  ['second', 1 / 86400],
];
