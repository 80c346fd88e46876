export * from './pay.types';
export * from './pay-codes';
export * from './pay-responsibility';
export { r1p06StateBody, r1p07Organization } from './r1-pay';
export { r2p06CivilServant, r2p07NationalBank } from './r2-pay';
export { r3p06StateBody, r3p07Organization } from './r3-pay';
