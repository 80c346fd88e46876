export { exitOnStartupFailure } from './startup-failure';
export { loadServiceConfig, serviceConfigSchema, type ServiceConfig } from './service-config';
export { createClock, type ClockSetting } from './clock';
export { DEFAULT_PORTS, mongoUrlVariable } from './service-defaults';
export { createCalendarSource, readCalendar, type ReloadableCalendar, type CalendarSourceOptions } from './calendar-source';
