/**
 * The address parameter with which a staff member who works in several regions (ADMIN, HR or a
 * mayor of several) picks one: `?wilayah=mamuju`. Every staff page that is about one region uses it.
 */
export const REGION_PARAM = 'wilayah';
