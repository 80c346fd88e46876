// The shipped calendar. Imported statically (no fs) so the rules lib stays pure and the bundle carries
// its data; every year passes the schema once, at module load, so bad data fails the process at start.
import kz2017 from './data/kz-2017.json';
import kz2018 from './data/kz-2018.json';
import kz2019 from './data/kz-2019.json';
import kz2020 from './data/kz-2020.json';
import kz2021 from './data/kz-2021.json';
import kz2022 from './data/kz-2022.json';
import kz2023 from './data/kz-2023.json';
import kz2024 from './data/kz-2024.json';
import kz2025 from './data/kz-2025.json';
import kz2026 from './data/kz-2026.json';
import kz2027 from './data/kz-2027.json';
import { CalendarYearSchema, type CalendarYear } from './calendar.schema';
import { buildCalendar, type WorkingCalendar } from './working-calendar';

const SHIPPED: readonly unknown[] = [kz2017, kz2018, kz2019, kz2020, kz2021, kz2022, kz2023, kz2024, kz2025, kz2026, kz2027];

/** The shipped years, validated: what an operator's next file should look like. */
export const shippedCalendarYears: readonly CalendarYear[] = SHIPPED.map((y) => CalendarYearSchema.parse(y));

export const defaultCalendar: WorkingCalendar = buildCalendar(shippedCalendarYears);
