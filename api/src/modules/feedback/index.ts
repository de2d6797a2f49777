export { Feedback } from './feedback.entity.js';
export { KioskDevice } from './kiosk-device.entity.js';
export { OfficialResponse } from './official-response.entity.js';
export { SatisfactionDaily } from './satisfaction-daily.entity.js';
