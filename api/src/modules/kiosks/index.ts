export { KioskDevice } from './kiosk-device.entity.js';
export { KioskType, KioskPairingType, KioskRegistrationType } from './kiosk.types.js';
export { authenticateKiosk, unknownToken as kioskTokenRefused, kioskServices, kioskTokenHash, ratingsToday, type KioskIdentity } from './kiosk.service.js';
export { KiosksResolver, KioskFieldsResolver } from './kiosks.resolver.js';
