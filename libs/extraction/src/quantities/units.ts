// Units that can follow a number, with the canonical name stored on a quantity.
import type { QuantityKind } from './quantity';

export interface UnitInfo {
  unit: string;
  kind: QuantityKind;
}

function units(kind: QuantityKind, entries: string): Array<[string, UnitInfo]> {
  return entries
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [word, unit] = entry.split('=') as [string, string];
      return [word, { unit, kind }];
    });
}

/** Unit words written as a separate word after the number ("24 hours", "1.5 km", "5 million euros"). Lower case. */
export const UNIT_WORDS: ReadonlyMap<string, UnitInfo> = new Map([
  ...units('percent', `percent=percent per-cent=percent pct=percent`),
  ...units(
    'duration',
    `second=second seconds=second sec=second secs=second minute=minute minutes=minute mins=minute hour=hour hours=hour hrs=hour
     day=day days=day week=week weeks=week month=month months=month year=year years=year yrs=year
     decade=decade decades=decade century=century centuries=century fortnight=fortnight fortnights=fortnight`,
  ),
  ...units(
    'measure',
    `km=km kms=km kilometre=km kilometres=km kilometer=km kilometers=km m=m metre=m metres=m meter=m meters=m
     cm=cm mm=mm centimetre=cm centimetres=cm centimeter=cm centimeters=cm millimetre=mm millimetres=mm millimeter=mm
     millimeters=mm mile=mile miles=mile ft=foot foot=foot feet=foot inch=inch inches=inch km2=km2 km²=km2 hectare=hectare hectares=hectare
     ha=hectare acre=acre acres=acre kg=kg kilogram=kg kilograms=kg kilogramme=kg kilogrammes=kg kilos=kg
     tonne=tonne tonnes=tonne ton=ton tons=ton lb=lb lbs=lb litre=litre litres=litre liter=litre liters=litre
     kilotonne=kilotonne kilotonnes=kilotonne kiloton=kilotonne kilotons=kilotonne megatonne=megatonne
     megatonnes=megatonne megaton=megatonne megatons=megatonne gigatonne=gigatonne gigatonnes=gigatonne
     megalitre=megalitre megalitres=megalitre megaliter=megalitre megaliters=megalitre
     barrel=barrel barrels=barrel gallon=gallon gallons=gallon mph=mph kph=km/h mw=MW gw=GW kw=kW kwh=kWh mwh=MWh gwh=GWh twh=TWh
     degree=degree degrees=degree`,
  ),
  ...units(
    'money',
    `dollar=USD dollars=USD euro=EUR euros=EUR rouble=RUB roubles=RUB ruble=RUB rubles=RUB yuan=CNY
     renminbi=CNY yen=JPY rupee=INR rupees=INR usd=USD eur=EUR gbp=GBP rub=RUB cny=CNY jpy=JPY inr=INR
     chf=CHF sterling=GBP`,
  ),
]);

/** Units that may be glued to the digits ("1.5km", "24h", "40kg"); "m" glued means million, not metre. */
export const ATTACHED_UNITS: ReadonlyMap<string, UnitInfo> = new Map([
  ...[...UNIT_WORDS].filter(([word, info]) => info.kind === 'measure' && word !== 'm'),
  ...units('duration', `h=hour hrs=hour yrs=year sec=second secs=second min=minute mins=minute`),
  // Glued only: "16.5in", "38pc" ("in" and "pc" alone are words).
  ...units('measure', `in=inch`),
  ...units('percent', `pc=percent`),
]);

/**
 * Metric masses by their SI prefix, written as the symbol ("1.2Mt", "800 kt", "37 Gt" of carbon): case-sensitive, as
 * mining, energy and climate reports write them, since "MT" and "mt" also stand for metric tonnes in trade notation.
 */
export const MASS_SYMBOLS: ReadonlyMap<string, UnitInfo> = new Map([
  ['kt', { unit: 'kilotonne', kind: 'measure' }],
  ['Mt', { unit: 'megatonne', kind: 'measure' }],
  ['Gt', { unit: 'gigatonne', kind: 'measure' }],
]);

/** Temperatures: "44 degrees Celsius", "44°C", "44C", "-3F". No factor converts them (an offset would), so each scale is its own measure. */
export const CELSIUS: UnitInfo = { unit: 'celsius', kind: 'measure' };
export const FAHRENHEIT: UnitInfo = { unit: 'fahrenheit', kind: 'measure' };
/** Scale words after "degrees" or a degree sign, lower case: "degrees Celsius", "°C", "degrees centigrade", "° F". */
export const TEMPERATURE_SCALES: ReadonlyMap<string, UnitInfo> = new Map([
  ['c', CELSIUS],
  ['celsius', CELSIUS],
  ['centigrade', CELSIUS],
  ['f', FAHRENHEIT],
  ['fahrenheit', FAHRENHEIT],
]);
/** A scale letter glued to the digits, in capitals only ("44C", "-3C", "105F"): "44c" may be cents, "5f" anything. */
export const GLUED_TEMPERATURES: ReadonlyMap<string, UnitInfo> = new Map([
  ['C', CELSIUS],
  ['F', FAHRENHEIT],
]);

/** ISO codes written before the number ("USD 5 million"); upper case as written. */
export const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP', 'RUB', 'CNY', 'JPY', 'INR', 'CHF', 'AUD', 'CAD']);

/** Currency symbols written before the number. A bare "$" is read as US dollars. */
export const CURRENCY_SYMBOLS: ReadonlyMap<number, string> = new Map([
  [0x24, 'USD'], // $
  [0x20ac, 'EUR'], // €
  [0xa3, 'GBP'], // £
  [0xa5, 'JPY'], // ¥
  [0x20bd, 'RUB'], // ₽
  [0x20b9, 'INR'], // ₹
]);

/** Letters before "$" that name another dollar: "US$", "A$", "C$", "HK$". Upper case. */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'],
  ['A', 'AUD'],
  ['C', 'CAD'],
  ['HK', 'HKD'],
  ['NZ', 'NZD'],
  ['S', 'SGD'],
]);

/** Country words before "dollars" that name the dollar, lower case: "1.52 Australian dollars", "5 million New Zealand dollars". */
export const DOLLAR_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'],
  ['american', 'USD'],
  ['australian', 'AUD'],
  ['canadian', 'CAD'],
  ['hong kong', 'HKD'],
  ['new zealand', 'NZD'],
  ['singapore', 'SGD'],
]);
